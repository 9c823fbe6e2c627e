package com.limsdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Gives each Spring test context a database of its own, chosen by the system property
 * {@value #DATABASE_PROPERTY}.
 *
 * <ul>
 * <li>Absent or {@code h2}: an in-memory H2 database, {@code jdbc:h2:mem:desk-<uuid>},
 * new for every context that Spring's test context cache creates.</li>
 * <li>{@code postgresql}: one fresh database {@code desk_it_<timestamp>_<random>} per JVM
 * on the server at {@code jdbc:postgresql://127.0.0.1:5432/test} (user {@code postgres},
 * no password), overridable with the system properties {@code desk.test.postgres.url},
 * {@code desk.test.postgres.user} and {@code desk.test.postgres.password}. The database
 * is dropped when the JVM exits. The application's {@code postgresql} profile is
 * activated and its {@code application-postgresql.yaml} applied, with the datasource
 * pointed at the test database.</li>
 * </ul>
 *
 * <p>
 * Register it together with {@link PostgresAvailableCondition}, which skips the tests
 * when the PostgreSQL server is unreachable (or fails them when the environment variable
 * {@code DESK_TEST_REQUIRE_POSTGRES} is {@code true}): <pre class="code">
 * &#64;SpringBootTest
 * &#64;ExtendWith(PostgresAvailableCondition.class)
 * &#64;ContextConfiguration(initializers = TestDatabaseInitializer.class)
 * </pre> Without the condition an unreachable server still stops the tests, but Spring
 * reports it as a failure to load the application context, not as a skip.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * System property that selects the test database: {@code h2} (default) or
	 * {@code postgresql}.
	 */
	public static final String DATABASE_PROPERTY = "desk.test.database";

	static final String POSTGRESQL_PROFILE = "postgresql";

	static final String PROPERTY_SOURCE_NAME = "deskTestDatabase";

	private static final String POSTGRESQL_PROFILE_RESOURCE = "application-postgresql.yaml";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Map<String, Object> datasource;
		if (isPostgresqlSelected()) {
			applyPostgresqlProfile(environment);
			datasource = postgresqlDatasource(PostgresTestDatabase.get());
		}
		else {
			datasource = h2Datasource();
		}
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, datasource));
	}

	/**
	 * Returns whether {@value #DATABASE_PROPERTY} selects PostgreSQL.
	 * @throws IllegalStateException when the property has a value other than {@code h2}
	 * or {@code postgresql}
	 */
	static boolean isPostgresqlSelected() {
		String database = System.getProperty(DATABASE_PROPERTY, "h2");
		return switch (database) {
			case "h2" -> false;
			case "postgresql" -> true;
			default -> throw new IllegalStateException("Invalid system property " + DATABASE_PROPERTY + "='" + database
					+ "': expected h2 or postgresql, or no value for h2");
		};
	}

	private static Map<String, Object> h2Datasource() {
		return Map.of("spring.datasource.url", "jdbc:h2:mem:desk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"spring.datasource.username", "sa", "spring.datasource.password", "",
				"spring.datasource.driver-class-name", "org.h2.Driver");
	}

	private static Map<String, Object> postgresqlDatasource(PostgresTestDatabase database) {
		return Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.user(),
				"spring.datasource.password", database.password(), "spring.datasource.driver-class-name",
				"org.postgresql.Driver");
	}

	/**
	 * Activates the {@code postgresql} profile and adds its YAML file. Spring Boot has
	 * already read its configuration files when an initializer runs, so activating the
	 * profile alone would only switch {@code @Profile} beans.
	 */
	private static void applyPostgresqlProfile(ConfigurableEnvironment environment) {
		environment.addActiveProfile(POSTGRESQL_PROFILE);
		ClassPathResource resource = new ClassPathResource(POSTGRESQL_PROFILE_RESOURCE);
		if (!resource.exists()) {
			return;
		}
		List<PropertySource<?>> profileSources;
		try {
			profileSources = new YamlPropertySourceLoader().load(POSTGRESQL_PROFILE_RESOURCE, resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read " + POSTGRESQL_PROFILE_RESOURCE, ex);
		}
		// Each later YAML document ends up first, so it wins over the earlier ones as in
		// a normal
		// start. NOTE: the profile's values also win over environment variables here,
		// which in a
		// normal start override configuration files.
		MutablePropertySources propertySources = environment.getPropertySources();
		for (PropertySource<?> profileSource : profileSources) {
			propertySources.addFirst(profileSource);
		}
	}

}
