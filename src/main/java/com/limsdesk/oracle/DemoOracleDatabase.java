package com.limsdesk.oracle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

/**
 * The demonstration target of the {@code demo} profile: an in-memory H2 database in
 * Oracle mode with copies of the dictionary views the checks read, and a few findings, so
 * that the inspection can be tried where no Oracle database runs. It exists while the
 * desk runs and is built again at every start.
 */
@Component
@Profile("demo")
class DemoOracleDatabase {

	static final String URL = "jdbc:h2:mem:oracle-demo;MODE=Oracle;DB_CLOSE_DELAY=-1";

	private static final Logger logger = LoggerFactory.getLogger(DemoOracleDatabase.class);

	@PostConstruct
	void create() throws Exception {
		Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:oracle/fixture/*.sql");
		Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
		try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
			for (Resource script : scripts) {
				ScriptUtils.executeSqlScript(connection, script);
			}
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("oracle/demo.sql"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("failed to build the demonstration Oracle target", ex);
		}
		logger.info("Built the demonstration Oracle target from {} dictionary view scripts", scripts.length);
	}

}
