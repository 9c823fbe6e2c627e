package com.limsdesk.cleanup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TableIdentifiersTests {

	@Test
	void plainNameIsQuoted() {
		assertThat(TableIdentifiers.quote("TMP_SAMPLE")).isEqualTo("\"TMP_SAMPLE\"");
	}

	@Test
	void caseSpacesAndCjkAreKept() {
		assertThat(TableIdentifiers.quote("tmp 样品 2024")).isEqualTo("\"tmp 样品 2024\"");
	}

	@Test
	void ownerAndNameAreQualified() {
		assertThat(TableIdentifiers.qualified("LIMS", "TMP_A")).isEqualTo("\"LIMS\".\"TMP_A\"");
	}

	@Test
	void sqlCharactersStayInsideQuotes() {
		assertThat(TableIdentifiers.quote("TMP';DROP TABLE X--")).isEqualTo("\"TMP';DROP TABLE X--\"");
	}

	@Test
	void doubleQuoteIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> TableIdentifiers.quote("TMP\" PURGE --"))
			.withMessageContaining("double quote at position 4");
	}

	@Test
	void controlCharactersAreRejected() {
		for (String name : new String[] { "TMP\nA", "TMP\rA", "TMP\tA", "TMP\u0000A", "TMP\u007FA", "TMP\u0085A" }) {
			assertThatIllegalArgumentException().as("name %s", name.replaceAll("\\p{Cntrl}", "?"))
				.isThrownBy(() -> TableIdentifiers.quote(name))
				.withMessageContaining("control character");
		}
	}

	@Test
	void emptyNameIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> TableIdentifiers.quote(""));
		assertThatIllegalArgumentException().isThrownBy(() -> TableIdentifiers.quote(null));
	}

	@Test
	void overlongNameIsRejected() {
		assertThat(TableIdentifiers.quote("A".repeat(128))).hasSize(130);
		assertThatIllegalArgumentException().isThrownBy(() -> TableIdentifiers.quote("A".repeat(129)))
			.withMessageContaining("128");
	}

	@Test
	void qualifiedChecksOwnerToo() {
		assertThatIllegalArgumentException().isThrownBy(() -> TableIdentifiers.qualified("LI\"MS", "TMP_A"));
	}

}
