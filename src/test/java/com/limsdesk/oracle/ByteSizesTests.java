package com.limsdesk.oracle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ByteSizesTests {

	private static final long MIB = 1024L * 1024;

	private static final long GIB = 1024 * MIB;

	@Test
	void formatKeepsOneDecimal() {
		assertThat(ByteSizes.format(34359721984L)).isEqualTo("32.0 GiB");
		assertThat(ByteSizes.format(1536 * MIB)).isEqualTo("1.5 GiB");
		assertThat(ByteSizes.format(32 * 1024 * GIB)).isEqualTo("32.0 TiB");
		assertThat(ByteSizes.format(-3 * GIB)).isEqualTo("-3.0 GiB");
		assertThat(ByteSizes.format(512)).isEqualTo("512 B");
		assertThat(ByteSizes.format(20 * MIB)).isEqualTo("20.0 MiB");
	}

	@Test
	void formatShortDropsTrailingZero() {
		assertThat(ByteSizes.formatShort(512)).isEqualTo("512 B");
		assertThat(ByteSizes.formatShort(1_536)).isEqualTo("1.5 KiB");
		assertThat(ByteSizes.formatShort(8_388_608)).isEqualTo("8 MiB");
		assertThat(ByteSizes.formatShort(1_610_612_736)).isEqualTo("1.5 GiB");
		assertThat(ByteSizes.formatShort(150 * GIB + 300 * MIB)).isEqualTo("150 GiB");
	}

}
