package com.dealtrace.source;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

    /** The source with its row locked until the transaction ends, so that simultaneous saves take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Source s where s.id = :id")
    Optional<Source> lockById(long id);

    Optional<Source> findByUrlKey(String urlKey);
}
