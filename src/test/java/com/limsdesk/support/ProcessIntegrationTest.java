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
 * Boots the service desk without a web server and without the job executor, for process
 * tests that move the engine clock and execute each timer job themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "camunda.bpm.job-execution.enabled=false", "desk.notification.poll-interval=PT1H" })
@ActiveProfiles("test")
@ExtendWith(PostgresAvailableCondition.class)
@ContextConfiguration(initializers = { TestDatabaseInitializer.class, TestPasswordsInitializer.class })
public @interface ProcessIntegrationTest {

}
