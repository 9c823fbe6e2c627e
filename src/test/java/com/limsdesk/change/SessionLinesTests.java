package com.limsdesk.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.limsdesk.engine.FormInputException;
import org.junit.jupiter.api.Test;

class SessionLinesTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Instant NOW = at("2026-12-07T20:00");

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	private static List<RemoteSession.SessionLine> read(String text) {
		return SessionLines.read(text, ZONE, NOW);
	}

	@Test
	void readsOneSessionPerLine() {
		List<RemoteSession.SessionLine> sessions = read("""
				张伟 | 10.20.1.15 | 2026-12-07 19:05 | 2026-12-07 19:40 | 部署 lims-web 2.3.1

				  李娜｜vpn-gw01.lims.local｜2026-12-07T19:45｜2026-12-07T19:50｜重启报告服务
				""");

		assertThat(sessions).hasSize(2);
		RemoteSession.SessionLine first = sessions.get(0);
		assertThat(first.operator()).isEqualTo("张伟");
		assertThat(first.source()).isEqualTo("10.20.1.15");
		assertThat(first.startedAt()).isEqualTo(at("2026-12-07T19:05"));
		assertThat(first.endedAt()).isEqualTo(at("2026-12-07T19:40"));
		assertThat(first.actions()).isEqualTo("部署 lims-web 2.3.1");
		RemoteSession.SessionLine second = sessions.get(1);
		assertThat(second.operator()).isEqualTo("李娜");
		assertThat(second.source()).isEqualTo("vpn-gw01.lims.local");
		assertThat(second.startedAt()).isEqualTo(at("2026-12-07T19:45"));
		assertThat(second.actions()).isEqualTo("重启报告服务");
	}

	@Test
	void missingTextReadsNoSessions() {
		assertThat(read(null)).isEmpty();
		assertThat(read("\n  \n")).isEmpty();
	}

	@Test
	void sessionOfNoDurationIsAccepted() {
		assertThat(read("张伟 | 10.20.1.15 | 2026-12-07 19:05 | 2026-12-07 19:05 | 查看日志")).singleElement()
			.satisfies((session) -> assertThat(session.endedAt()).isEqualTo(session.startedAt()));
	}

	@Test
	void wrongColumnCountIsRejected() {
		assertThatThrownBy(() -> read("张伟 | 10.20.1.15 | 2026-12-07 19:05 | 2026-12-07 19:40"))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining(SessionLines.KEY)
			.hasMessageContaining("第 1 行应有 5 项")
			.hasMessageContaining("收到 4 项");
		assertThatThrownBy(() -> read("张伟 | 10.20.1.15 | 2026-12-07 19:05 | 2026-12-07 19:40 | 部署 | 重启"))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("收到 6 项");
	}

	@Test
	void lineNumberCountsOnlyFilledLines() {
		assertThatThrownBy(() -> read("""
				张伟 | 10.20.1.15 | 2026-12-07 19:05 | 2026-12-07 19:40 | 部署

				张伟 | 10.20.1.15 | 2026-12-07 19:05
				""")).isInstanceOf(FormInputException.class).hasMessageContaining("第 2 行");
	}

	@Test
	void emptyCellIsRejected() {
		assertThatThrownBy(() -> read("张伟 |  | 2026-12-07 19:05 | 2026-12-07 19:40 | 部署"))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("第 1 行第 2 项为空");
	}

	@Test
	void endBeforeStartIsRejected() {
		assertThatThrownBy(() -> read("张伟 | 10.20.1.15 | 2026-12-07 19:40 | 2026-12-07 19:05 | 部署"))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("结束时间早于开始时间");
	}

	@Test
	void endAfterNowIsRejected() {
		assertThatThrownBy(() -> read("张伟 | 10.20.1.15 | 2026-12-07 19:40 | 2026-12-07 20:02 | 部署"))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("结束时间晚于当前时间");
		assertThat(read("张伟 | 10.20.1.15 | 2026-12-07 19:40 | 2026-12-07 20:01 | 部署")).hasSize(1);
	}

	@Test
	void malformedTimesAreRejected() {
		List<String> badTimes = List.of("19:05", "2026-12-07 7:05", "2026/12/07 19:05", "2026-12-07 19点05",
				"2026-13-01 10:00", "2026-02-30 10:00", "2026-11-31 10:00", "2026-12-07 24:00", "2026-12-07 19:60");
		for (String time : badTimes) {
			assertThatThrownBy(() -> read("张伟 | 10.20.1.15 | " + time + " | 2026-12-07 19:40 | 部署")).as(time)
				.isInstanceOf(FormInputException.class)
				.hasMessageContaining("的时间 '" + time + "'");
		}
	}

	@Test
	void overlongCellIsRejected() {
		assertThatThrownBy(() -> read("张".repeat(101) + " | 10.20.1.15 | 2026-12-07 19:05 | 2026-12-07 19:40 | 部署"))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("超过 100 个字符");
		assertThatThrownBy(() -> read("张伟 | 10.20.1.15 | 2026-12-07 19:05 | 2026-12-07 19:40 | " + "部".repeat(2001)))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("超过 2000 个字符");
	}

	@Test
	void atMostMaxLinesAreRead() {
		String line = "张伟 | 10.20.1.15 | 2026-12-07 19:05 | 2026-12-07 19:40 | 部署\n";
		String maxLines = IntStream.range(0, SessionLines.MAX_LINES)
			.mapToObj((i) -> line)
			.collect(Collectors.joining());

		assertThat(read(maxLines)).hasSize(SessionLines.MAX_LINES);
		assertThatThrownBy(() -> read(maxLines + line)).isInstanceOf(FormInputException.class)
			.hasMessageContaining("最多 100 行，现有 101 行");
	}

	@Test
	void sourceAcceptsAddressesAndHostNames() {
		List<String> sources = List.of("10.20.1.15", "0.0.0.0", "255.255.255.255", "2001:db8::15", "::1", "::",
				"fe80:0:0:0:200:f8ff:fe21:67cf", "::ffff:10.20.1.15", "lims-app01", "vpn-gw01.lims.local",
				"A1.example");

		for (String source : sources) {
			assertThat(read("张伟 | " + source + " | 2026-12-07 19:05 | 2026-12-07 19:40 | 查看日志")).as(source)
				.singleElement()
				.satisfies((session) -> assertThat(session.source()).isEqualTo(source));
		}
	}

	@Test
	void invalidSourceIsRejectedWithLineAndColumn() {
		List<String> sources = List.of("10.20.1.300", "!!!", "10.20.1", "010.20.1.15", "2001:db8::15::1",
				"2001:db8:1:2:3:4:5:6:7", "12345::1", "fe80::1%eth0", "-lims.local", "lims-.local", "lims..local",
				"VPN 10.8.0.3", "李娜的电脑", "1.2.3.4::");

		for (String source : sources) {
			assertThatThrownBy(() -> read("张伟 | 10.20.1.15 | 2026-12-07 19:05 | 2026-12-07 19:40 | 查看日志\n" + "李娜 | "
					+ source + " | 2026-12-07 19:05 | 2026-12-07 19:40 | 查看日志"))
				.as(source)
				.isInstanceOf(FormInputException.class)
				.hasMessageContaining("第 2 行第 2 项")
				.hasMessageContaining(source)
				.extracting((ex) -> ((FormInputException) ex).field())
				.isEqualTo(SessionLines.KEY);
		}
	}

}
