package com.limsdesk.report;

import java.util.List;

import org.springframework.stereotype.Component;

/** Service requests made in the period, by type and status. */
@Component
class RequestSection implements ReportSection {

	@Override
	public int order() {
		return 30;
	}

	@Override
	public boolean appliesTo(ReportKind kind) {
		return kind != ReportKind.DATABASE;
	}

	@Override
	public SectionContent build(ReportData data) {
		SectionContent content = new SectionContent("requests", "服务请求情况");
		List<ReportData.Request> requests = data.requests();
		long breached = requests.stream().filter(ReportData.Request::responseBreached).count();
		content.figure("requests.total", "本期服务请求数", requests.size());
		content.figure("requests.responseBreached", "响应超时的服务请求数", breached);
		content.paragraph("本期共受理服务请求 " + requests.size() + " 项，其中响应超时 " + breached + " 项。");
		content.table("表 服务请求按类型统计", List.of("类型", "请求数"), Counts.by(requests, (r) -> Labels.requestType(r.type())));
		content.table("表 服务请求按状态统计", List.of("状态", "请求数"),
				Counts.by(requests, (r) -> Labels.requestStatus(r.status())));
		content.sheet("服务请求", List.of("编号", "提出时间", "类型", "状态", "标题", "响应超时"), requests.stream()
			.map((r) -> List.of(r.number(), Labels.time(r.requestedAt(), data.zone()), Labels.requestType(r.type()),
					Labels.requestStatus(r.status()), r.title(), r.responseBreached() ? "是" : "否"))
			.toList());
		return content;
	}

}
