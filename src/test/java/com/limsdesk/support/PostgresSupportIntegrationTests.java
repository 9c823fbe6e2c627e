package com.limsdesk.support;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that {@link TestDatabaseInitializer} points a Spring context at the PostgreSQL
 * database it created. The context contains only a DataSource, not the application.
 */
@EnabledIfSystemProperty(named = TestDatabaseInitializer.DATABASE_PROPERTY, matches = "postgresql")
@ExtendWith(PostgresAvailableCondition.class)
@SpringJUnitConfig(classes = PostgresSupportIntegrationTests.DataSourceConfiguration.class,
		initializers = TestDatabaseInitializer.class)
class PostgresSupportIntegrationTests {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Environment environment;

	@Test
	void connectsToCreatedDatabase() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

		String currentDatabase = jdbc.queryForObject("SELECT current_database()", String.class);

		assertThat(currentDatabase).startsWith(PostgresTestDatabase.DATABASE_NAME_PREFIX);
		assertThat(currentDatabase).isEqualTo(PostgresTestDatabase.get().name());
	}

	@Test
	void setsPostgresqlDatasourceProperties() {
		String url = this.environment.getProperty("spring.datasource.url");
		String driver = this.environment.getProperty("spring.datasource.driver-class-name");

		assertThat(url).isEqualTo(PostgresTestDatabase.get().url());
		assertThat(url).startsWith("jdbc:postgresql://");
		assertThat(driver).isEqualTo("org.postgresql.Driver");
	}

	@Test
	void activatesPostgresqlProfile() {
		assertThat(this.environment.getActiveProfiles()).contains(TestDatabaseInitializer.POSTGRESQL_PROFILE);
	}

	@Test
	void databaseAcceptsTablesAndRows() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

		jdbc.execute("CREATE TABLE IF NOT EXISTS support_check (id integer PRIMARY KEY)");
		jdbc.update("INSERT INTO support_check (id) VALUES (1) ON CONFLICT DO NOTHING");

		Integer count = jdbc.queryForObject("SELECT count(*) FROM support_check", Integer.class);
		assertThat(count).isEqualTo(1);
	}

	@Configuration(proxyBeanMethods = false)
	static class DataSourceConfiguration {

		@Bean
		DataSource dataSource(Environment environment) {
			return DataSourceBuilder.create()
				.url(environment.getRequiredProperty("spring.datasource.url"))
				.username(environment.getProperty("spring.datasource.username"))
				.password(environment.getProperty("spring.datasource.password"))
				.driverClassName(environment.getRequiredProperty("spring.datasource.driver-class-name"))
				.build();
		}

	}

}
