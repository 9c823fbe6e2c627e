package com.limsdesk.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Unit tests of the H2 side of {@link TestDatabaseInitializer} and of URL rewriting. */
class TestDatabaseInitializerTests {

	@Test
	@DisabledIfSystemProperty(named = TestDatabaseInitializer.DATABASE_PROPERTY, matches = "postgresql")
	void givesEachContextItsOwnH2Database() {
		String firstUrl = initializedDatasourceUrl();
		String secondUrl = initializedDatasourceUrl();

		assertThat(firstUrl).matches("jdbc:h2:mem:desk-[0-9a-f-]{36};DB_CLOSE_DELAY=-1");
		assertThat(secondUrl).matches("jdbc:h2:mem:desk-[0-9a-f-]{36};DB_CLOSE_DELAY=-1");
		assertThat(secondUrl).isNotEqualTo(firstUrl);
	}

	@Test
	@DisabledIfSystemProperty(named = TestDatabaseInitializer.DATABASE_PROPERTY, matches = "postgresql")
	void setsH2Driver() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			new TestDatabaseInitializer().initialize(context);

			assertThat(context.getEnvironment().getProperty("spring.datasource.driver-class-name"))
				.isEqualTo("org.h2.Driver");
			assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
		}
	}

	@Test
	void replacesDatabaseInServerUrl() {
		assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/test", "desk_it_1"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/desk_it_1");
	}

	@Test
	void keepsParametersOfServerUrl() {
		assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://db:5433/test?sslmode=disable", "desk_it_1"))
			.isEqualTo("jdbc:postgresql://db:5433/desk_it_1?sslmode=disable");
	}

	@Test
	void addsDatabaseToServerUrlWithoutOne() {
		assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://localhost", "desk_it_1"))
			.isEqualTo("jdbc:postgresql://localhost/desk_it_1");
	}

	@Test
	void rejectsServerUrlOfOtherDriver() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PostgresTestDatabase.withDatabase("jdbc:h2:mem:test", "desk_it_1"))
			.withMessageContaining("desk.test.postgres.url");
	}

	private static String initializedDatasourceUrl() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			new TestDatabaseInitializer().initialize(context);
			return context.getEnvironment().getProperty("spring.datasource.url");
		}
	}

}
