package com.dealtrace.deal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DealRepository extends JpaRepository<Deal, Long> {

    Optional<Deal> findBySlug(String slug);

    /** The deal with its row locked until the transaction ends, so that simultaneous saves take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Deal d where d.slug = :slug")
    Optional<Deal> lockBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Deal> findByDeletedAtIsNotNullOrderByTitle();
}
