package com.dealtrace.regulation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRepository extends JpaRepository<RegulatoryCase, Long> {

    Optional<RegulatoryCase> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
