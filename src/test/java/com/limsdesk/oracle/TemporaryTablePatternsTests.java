package com.limsdesk.oracle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemporaryTablePatternsTests {

	@Test
	void starBecomesPercent() {
		assertThat(TemporaryTablePatterns.toLike("TMP*")).isEqualTo("TMP%");
	}

	@Test
	void underscoreIsEscaped() {
		assertThat(TemporaryTablePatterns.toLike("TMP_*")).isEqualTo("TMP\\_%");
	}

	@Test
	void percentIsEscaped() {
		assertThat(TemporaryTablePatterns.toLike("TMP%*")).isEqualTo("TMP\\%%");
	}

	@Test
	void escapeCharacterIsEscaped() {
		assertThat(TemporaryTablePatterns.toLike("A\\B*")).isEqualTo("A\\\\B%");
	}

	@Test
	void underscoreMatchesOnlyItself() {
		assertThat(TemporaryTablePatterns.matches("TMP_*", "TMP_SAMPLE")).isTrue();
		assertThat(TemporaryTablePatterns.matches("TMP_*", "TMPLAB")).isFalse();
	}

	@Test
	void percentMatchesOnlyItself() {
		assertThat(TemporaryTablePatterns.matches("TMP%*", "TMP%2024")).isTrue();
		assertThat(TemporaryTablePatterns.matches("TMP%*", "TMPX2024")).isFalse();
	}

	@Test
	void starMatchesAnyTextAnywhere() {
		assertThat(TemporaryTablePatterns.matches("*_BAK", "SAMPLE_BAK")).isTrue();
		assertThat(TemporaryTablePatterns.matches("*_BAK", "SAMPLE_BAK2")).isFalse();
		assertThat(TemporaryTablePatterns.matches("TMP*2024*", "TMP_A_2024_B")).isTrue();
		assertThat(TemporaryTablePatterns.matches("TMP_*", "TMP_")).isTrue();
	}

	@Test
	void regexCharactersAreLiteral() {
		assertThat(TemporaryTablePatterns.matches("T.P*", "TMP_A")).isFalse();
		assertThat(TemporaryTablePatterns.matches("T.P*", "T.P_A")).isTrue();
	}

	@Test
	void caseIsSignificant() {
		assertThat(TemporaryTablePatterns.matches("TMP_*", "tmp_a")).isFalse();
	}

}
