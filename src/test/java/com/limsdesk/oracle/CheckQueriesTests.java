package com.limsdesk.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class CheckQueriesTests {

	@Test
	void statementsSplitAtNameLines() {
		Map<String, String> statements = CheckQueries.parse("""
				-- header comment
				-- name: first
				-- what it reads
				SELECT 1 FROM DUAL;

				-- name: second
				SELECT 2
				  FROM DUAL
				""");

		assertThat(statements).containsOnlyKeys("first", "second");
		assertThat(statements.get("first")).isEqualTo("-- what it reads\nSELECT 1 FROM DUAL");
		assertThat(statements.get("second")).isEqualTo("SELECT 2\n  FROM DUAL");
	}

	@Test
	void everyCheckHasItsStatements() {
		for (String check : OracleCheckRunner.CHECK_ORDER) {
			assertThat(CheckQueries.parse(read("oracle/sql/" + check + ".sql"))).as(check).isNotEmpty();
		}
	}

	/** Syntax that Oracle 11.2 rejects, because it came with 12c. */
	@Test
	void noStatementNeedsOracle12() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:oracle/sql/*.sql");
		assertThat(files).hasSizeGreaterThanOrEqualTo(OracleCheckRunner.CHECK_ORDER.size());
		for (Resource file : files) {
			String sql = file.getContentAsString(StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
			assertThat(sql).as(file.getFilename())
				.doesNotContain("FETCH FIRST")
				.doesNotContain("FETCH NEXT")
				.doesNotContain("CROSS APPLY")
				.doesNotContain("OUTER APPLY")
				.doesNotContain("LATERAL")
				.doesNotContain(" OFFSET ");
		}
	}

	private static String read(String resource) {
		try {
			return new PathMatchingResourcePatternResolver().getResource("classpath:" + resource)
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(resource + " not readable", ex);
		}
	}

}
