package com.limsdesk.oracle;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AlertLogThresholdsTests {

	private static final String PREFIX = "desk.oracle.thresholds.alert-log";

	@Test
	void unsetPropertiesGiveDefaults() {
		AlertLogThresholds thresholds = bind(Map.of());

		assertThat(thresholds.criticalPatterns()).contains("ORA-00600", "ORA-01578", "terminating the instance");
		assertThat(thresholds.warningPatterns()).contains("ORA-01652", "ORA-12012");
		assertThat(thresholds.dataLossPatterns()).containsExactly("ORA-01578", "ORA-01157", "ORA-01110");
		assertThat(thresholds.checkpointWarningCount()).isEqualTo(3);
		assertThat(thresholds.initialLookback()).isEqualTo(Duration.ofHours(24));
		assertThat(thresholds.maxBytesPerRun()).isEqualTo(DataSize.ofMegabytes(20));
		assertThat(thresholds.maxRowsPerRun()).isEqualTo(5000);
		assertThat(thresholds.shownEntries()).isEqualTo(3);
	}

	@Test
	void kebabCasePropertiesAreBound() {
		AlertLogThresholds thresholds = bind(Map.of(PREFIX + ".warning-patterns[0]", "ORA-3136",
				PREFIX + ".checkpoint-warning-count", "5", PREFIX + ".initial-lookback", "2h",
				PREFIX + ".max-bytes-per-run", "4MB", PREFIX + ".max-rows-per-run", "100"));

		assertThat(thresholds.warningPatterns()).containsExactly("ORA-3136");
		assertThat(thresholds.criticalPatterns()).contains("ORA-00600");
		assertThat(thresholds.checkpointWarningCount()).isEqualTo(5);
		assertThat(thresholds.initialLookback()).isEqualTo(Duration.ofHours(2));
		assertThat(thresholds.maxBytesPerRun()).isEqualTo(DataSize.ofMegabytes(4));
		assertThat(thresholds.maxRowsPerRun()).isEqualTo(100);
	}

	@Test
	void tinyByteLimitIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AlertLogThresholds(null, null, null, null, null, DataSize.ofBytes(100), null, null))
			.withMessageContaining("max-bytes-per-run");
	}

	@Test
	void negativeLookbackIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AlertLogThresholds(null, null, null, null, Duration.ofHours(-1), null, null, null))
			.withMessageContaining("initial-lookback");
	}

	@Test
	void zeroRowLimitIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AlertLogThresholds(null, null, null, null, null, null, 0, null))
			.withMessageContaining("max-rows-per-run");
	}

	private static AlertLogThresholds bind(Map<String, String> properties) {
		Binder binder = new Binder(new MapConfigurationPropertySource(properties));
		return binder.bindOrCreate(PREFIX, Bindable.of(AlertLogThresholds.class));
	}

}
