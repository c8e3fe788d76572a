package com.dealtrace.deal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DealRepository extends JpaRepository<Deal, Long> {

    Optional<Deal> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Deal> findByDeletedAtIsNotNullOrderByTitle();
}
