package com.limsdesk.request;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of daily O&amp;M work a service request asks for. The route decides the path
 * through the process after the engineer accepts it.
 */
public enum RequestType {

	GUIDANCE("guidance", "操作指导", Route.GUIDANCE), DATA_MAINTENANCE("data-maintenance", "数据维护与备份", Route.DATA),
	MISOPERATION_CORRECTION("misoperation-correction", "误操作数据更正", Route.CORRECTION),
	DEFECT_RECOVERY("defect-recovery", "缺陷数据恢复", Route.CORRECTION),
	FUNCTIONAL_CHANGE("functional-change", "功能变更", Route.CHANGE),
	PROCESS_OPTIMISATION("process-optimisation", "流程优化", Route.CHANGE), TEMPLATE("template", "模板新增/修改", Route.CHANGE),
	INSTRUMENT_ACQUISITION("instrument-acquisition", "新设备采集接入", Route.CHANGE),
	INTERFACE_DEBUGGING("interface-debugging", "接口调试", Route.CHANGE);

	/** The path a request of this type takes. */
	public enum Route {

		GUIDANCE, DATA, CORRECTION, CHANGE

	}

	private final String code;

	private final String label;

	private final Route route;

	RequestType(String code, String label, Route route) {
		this.code = code;
		this.label = label;
		this.route = route;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public Route route() {
		return this.route;
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(RequestType::code).toList();
	}

	public static RequestType fromCode(String code) {
		return Arrays.stream(values())
			.filter((type) -> type.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown request type '" + code + "'"));
	}

}
