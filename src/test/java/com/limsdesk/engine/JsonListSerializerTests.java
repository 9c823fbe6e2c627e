package com.limsdesk.engine;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JsonListSerializerTests {

	private final JsonListSerializer serializer = new JsonListSerializer();

	@Test
	void listIsWrittenAsJson() throws Exception {
		Map<String, String> option = new LinkedHashMap<>();
		option.put("label", "LIMS.TMP_A");
		option.put("value", "12");

		byte[] json = this.serializer.serializeToByteArray(List.of(option));

		assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("[{\"label\":\"LIMS.TMP_A\",\"value\":\"12\"}]");
	}

	@Test
	void onlyListsAreWritten() {
		assertThat(this.serializer.canSerializeValue(List.of("12"))).isTrue();
		assertThat(this.serializer.canSerializeValue(Map.of("value", "12"))).isFalse();
		assertThat(this.serializer.canSerializeValue("12")).isFalse();
	}

	@Test
	void jsonIsReadIntoPlainValues() throws Exception {
		Object value = this.serializer.deserializeFromByteArray(
				"[\"12\", 13, {\"@class\": \"java.io.File\", \"path\": \"/\"}]".getBytes(StandardCharsets.UTF_8),
				JsonListSerializer.TYPE_NAME);

		assertThat(value).isInstanceOf(List.class);
		List<?> list = (List<?>) value;
		assertThat(list.get(0)).isEqualTo("12");
		assertThat(list.get(1)).isEqualTo(13);
		assertThat(list.get(2)).isInstanceOf(Map.class);
	}

	@Test
	void otherTypeNamesAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.serializer.deserializeFromByteArray("[]".getBytes(StandardCharsets.UTF_8), "java.io.File"))
			.withMessageContaining("java.io.File");
	}

}
