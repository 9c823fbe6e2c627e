package com.limsdesk.change;

import java.util.List;

import com.limsdesk.engine.TaskViews;
import com.limsdesk.identity.DeskGroups;
import org.springframework.stereotype.Component;

/** The read-only text of a change that its tasks show. */
@Component
class ChangeTaskView {

	private final ChangeService changes;

	private final ChangeMail mail;

	ChangeTaskView(ChangeService changes, ChangeMail mail) {
		this.changes = changes;
		this.mail = mail;
	}

	String summary(Change change) {
		ChangeVersion version = this.changes.currentVersion(change);
		StringBuilder text = new StringBuilder();
		text.append("变更：").append(change.getNumber()).append("（第 ").append(version.getVersion()).append(" 版）");
		if (change.isEmergency()) {
			text.append(" 紧急变更");
		}
		text.append("\n标题：").append(version.getTitle());
		text.append("\n类型：").append(version.getChangeType().label()).append("，风险：").append(change.getRisk().label());
		text.append("\n提出人：").append(change.getRaisedBy()).append("，验证人：").append(change.getRequesterUser());
		text.append("\n原因：").append(version.getReason());
		text.append("\n影响模块：").append(version.getModules());
		text.append("\n变更内容：").append(version.getDescription());
		text.append("\n对用户的影响：").append(version.getUserImpact());
		text.append("\n测试方案：").append(version.getTestPlan());
		text.append("\n回退方案：").append(version.getRollbackPlan());
		text.append("\n计划窗口：")
			.append(this.mail.format(version.getWindowStart()))
			.append(" 至 ")
			.append(this.mail.format(version.getWindowEnd()));
		List<String> links = this.changes.linksOf(change);
		if (!links.isEmpty()) {
			text.append("\n关联：").append(String.join("、", links));
		}
		if (change.getAssessment() != null) {
			text.append("\n评估（").append(change.getAssessedBy()).append("）：").append(change.getAssessment());
		}
		for (ChangeApproval approval : this.changes.approvalsOf(change)) {
			if (approval.getDecision() != ChangeApproval.Decision.WAITING) {
				text.append("\n第 ")
					.append(approval.getVersion())
					.append(" 版 ")
					.append(DeskGroups.nameOf(approval.getApproverGroup()));
				text.append("：").append(approval.getDecision().label()).append("（").append(approval.getDecidedBy());
				text.append("）").append((approval.getDecisionComment() != null) ? approval.getDecisionComment() : "");
			}
		}
		if (change.getImplementedAt() != null) {
			text.append("\n实施（")
				.append(change.getImplementedBy())
				.append("，")
				.append(this.mail.format(change.getImplementedAt()));
			text.append("）：").append(change.getImplementationNote());
		}
		if (change.getVerificationNote() != null) {
			text.append("\n验证（").append(change.getVerifiedBy()).append("）：").append(change.getVerificationNote());
		}
		if (change.getReleaseNote() != null) {
			text.append("\n发布（").append(change.getReleasedBy()).append("）：").append(change.getReleaseNote());
		}
		return TaskViews.fit(text.toString());
	}

}
