package com.dealtrace.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A full-stack test: the whole application against the test JVM's PostgreSQL, with MockMvc. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "dealtrace.page-cache.enabled=false")
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
public @interface DealtraceTest {
}
