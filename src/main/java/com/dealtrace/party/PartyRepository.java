package com.dealtrace.party;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartyRepository extends JpaRepository<Party, Long> {

    Optional<Party> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
