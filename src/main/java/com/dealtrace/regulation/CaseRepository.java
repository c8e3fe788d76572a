package com.dealtrace.regulation;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<RegulatoryCase, Long> {

    Optional<RegulatoryCase> findBySlug(String slug);

    /** The case with its row locked until the transaction ends, so that simultaneous saves take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from RegulatoryCase c where c.slug = :slug")
    Optional<RegulatoryCase> lockBySlug(String slug);

    boolean existsBySlug(String slug);
}
