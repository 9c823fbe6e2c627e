package com.limsdesk.request;

import com.limsdesk.engine.TaskViews;
import org.springframework.stereotype.Component;

/** The read-only text of a service request that its tasks show. */
@Component
class RequestTaskView {

	private final RequestService requests;

	private final RequestMail mail;

	RequestTaskView(RequestService requests, RequestMail mail) {
		this.requests = requests;
		this.mail = mail;
	}

	String summary(ServiceRequest request) {
		StringBuilder text = new StringBuilder(this.mail.summary(request));
		if (request.getRestoreScope() != null) {
			text.append("恢复的数据：").append(request.getRestoreScope()).append('\n');
			text.append("恢复到：").append(this.mail.format(request.getRestorePoint())).append('\n');
		}
		if (request.getReason() != null) {
			text.append("原因：").append(request.getReason()).append('\n');
		}
		if (request.getEvidence() != null) {
			text.append("依据：").append(request.getEvidence()).append('\n');
		}
		var records = this.requests.recordsOf(request);
		if (!records.isEmpty()) {
			text.append("需更正的记录（类型 | 编号 | 字段 | 当前值 | 正确值）：\n");
			for (RequestRecord record : records) {
				text.append(String.join(" | ", record.getRecordKind(), record.getRecordNumber(), record.getFieldName(),
						record.getCurrentValue(), record.getCorrectValue()));
				if (record.getValueAfter() != null) {
					text.append("  → 更改前 ")
						.append(record.getValueBefore())
						.append("，更改后 ")
						.append(record.getValueAfter());
				}
				text.append('\n');
			}
		}
		if (request.getAssessment() != null) {
			text.append("评估意见（")
				.append(request.getRespondedBy())
				.append("）：")
				.append(request.getAssessment())
				.append('\n');
		}
		if (request.getApprovedBy() != null) {
			text.append("审批（").append(request.getApprovedBy()).append("）：已批准");
			if (request.getApprovalComment() != null) {
				text.append("，").append(request.getApprovalComment());
			}
			text.append('\n');
		}
		if (request.getWorkDone() != null) {
			text.append("处理记录（")
				.append(request.getPerformedBy())
				.append("）：")
				.append(request.getWorkDone())
				.append('\n');
			if (request.getBackupReference() != null) {
				text.append("备份：").append(request.getBackupReference()).append('\n');
			}
		}
		if (request.getChangeNumber() != null) {
			text.append("变更：").append(request.getChangeNumber()).append('\n');
		}
		if (request.getVerificationNote() != null) {
			text.append("上次验证：").append(request.getVerificationNote()).append('\n');
		}
		return TaskViews.fit(text.toString());
	}

	/**
	 * Returns the change type code that a change for this kind of request starts with.
	 */
	static String changeTypeOf(RequestType type) {
		return switch (type) {
			case TEMPLATE -> "template";
			case INSTRUMENT_ACQUISITION -> "data-acquisition";
			case INTERFACE_DEBUGGING -> "interface";
			case DEFECT_RECOVERY, MISOPERATION_CORRECTION -> "database";
			default -> "functional";
		};
	}

}
