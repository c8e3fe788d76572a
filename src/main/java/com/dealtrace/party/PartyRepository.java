package com.dealtrace.party;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PartyRepository extends JpaRepository<Party, Long> {

    Optional<Party> findBySlug(String slug);

    /** The party with its row locked until the transaction ends, so that simultaneous saves take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Party p where p.slug = :slug")
    Optional<Party> lockBySlug(String slug);

    boolean existsBySlug(String slug);
}
