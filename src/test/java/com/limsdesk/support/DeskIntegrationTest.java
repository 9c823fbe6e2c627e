package com.limsdesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Boots the whole service desk on a random port, with the test organisation of
 * {@link TestUsers}, an in-memory H2 database (or a fresh PostgreSQL database when
 * {@code desk.test.database=postgresql}) and mail to GreenMail on port 3025. The job
 * executor runs, so timers fire on their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(PostgresAvailableCondition.class)
@ContextConfiguration(initializers = { TestDatabaseInitializer.class, TestPasswordsInitializer.class })
public @interface DeskIntegrationTest {

}
