package com.limsdesk.oracle;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the errors of a connection or a query into the problems an engineer acts on. The
 * ORA number is taken from the vendor code, or else from the first {@code ORA-nnnnn} in
 * the messages of the exception and its causes.
 */
public final class OracleErrors {

	private static final Pattern ORA_CODE = Pattern.compile("ORA-(\\d{5})");

	/** H2's codes for a missing table and for missing rights, met on fixture targets. */
	private static final int H2_TABLE_NOT_FOUND = 42102;

	private static final int H2_NOT_ENOUGH_RIGHTS = 90096;

	private static final Map<Integer, Problem> BY_CODE = Map.ofEntries(Map.entry(1034, Problem.DOWN),
			Map.entry(27101, Problem.DOWN), Map.entry(1033, Problem.STARTING_OR_STOPPING),
			Map.entry(1089, Problem.STARTING_OR_STOPPING), Map.entry(12514, Problem.LISTENER),
			Map.entry(12505, Problem.LISTENER), Map.entry(12541, Problem.LISTENER), Map.entry(18, Problem.LIMIT),
			Map.entry(20, Problem.LIMIT), Map.entry(12516, Problem.LIMIT), Map.entry(12519, Problem.LIMIT),
			Map.entry(12520, Problem.LIMIT), Map.entry(257, Problem.ARCHIVER_STUCK), Map.entry(1013, Problem.HUNG),
			Map.entry(1017, Problem.ACCESS_DENIED), Map.entry(28000, Problem.ACCESS_DENIED),
			Map.entry(942, Problem.NO_PRIVILEGE), Map.entry(1031, Problem.NO_PRIVILEGE),
			Map.entry(H2_TABLE_NOT_FOUND, Problem.NO_PRIVILEGE), Map.entry(H2_NOT_ENOUGH_RIGHTS, Problem.NO_PRIVILEGE),
			Map.entry(12170, Problem.UNREACHABLE), Map.entry(12543, Problem.UNREACHABLE),
			Map.entry(17002, Problem.UNREACHABLE));

	private OracleErrors() {
	}

	/** A kind of failure, with the words shown to engineers. */
	public enum Problem {

		DOWN("数据库实例未启动"), STARTING_OR_STOPPING("数据库正在启动或关闭"), LISTENER("监听程序不可用或服务未注册"), LIMIT("会话数或进程数已达上限"),
		ARCHIVER_STUCK("归档阻塞，只允许内部连接"), HUNG("查询超时未返回，数据库可能挂起"), ACCESS_DENIED("监控账户被拒绝登录（密码错误或账户锁定）"),
		NO_PRIVILEGE("监控账户缺少所需权限"), UNREACHABLE("无法连接数据库服务器"), OTHER("数据库返回错误");

		private final String label;

		Problem(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public static Problem classify(Throwable error) {
		Integer code = oraCode(error);
		if (code != null && BY_CODE.containsKey(code)) {
			return BY_CODE.get(code);
		}
		Integer messageCode = messageCode(error);
		if (messageCode != null && BY_CODE.containsKey(messageCode)) {
			return BY_CODE.get(messageCode);
		}
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTimeoutException || cause instanceof SocketTimeoutException) {
				return Problem.HUNG;
			}
			if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
				return Problem.UNREACHABLE;
			}
		}
		return Problem.OTHER;
	}

	/** Returns the ORA error number of the error, or null when it carries none. */
	public static Integer oraCode(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() != 0) {
				return sql.getErrorCode();
			}
		}
		return messageCode(error);
	}

	private static Integer messageCode(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			Matcher matcher = (cause.getMessage() != null) ? ORA_CODE.matcher(cause.getMessage()) : null;
			if (matcher != null && matcher.find()) {
				return Integer.valueOf(matcher.group(1));
			}
		}
		return null;
	}

	/**
	 * Returns the error's first message line, cut to 1000 characters, for the result
	 * record.
	 */
	public static String describe(Throwable error) {
		String message = (error.getMessage() != null) ? error.getMessage() : error.getClass().getSimpleName();
		String firstLine = message.lines().findFirst().orElse(message);
		return (firstLine.length() > 1000) ? firstLine.substring(0, 1000) : firstLine;
	}

}
