package com.limsdesk.faq;

import static com.limsdesk.support.ProcessScenario.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.limsdesk.engine.FormInputException;
import com.limsdesk.support.ProcessIntegrationTest;
import com.limsdesk.support.TestUsers;
import com.limsdesk.web.ConflictException;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * FAQ articles on the database: search in Chinese, versions, withdrawal and the Word
 * export.
 */
@ProcessIntegrationTest
class FaqServiceIntegrationTests {

	private static final List<FaqStatus> PUBLISHED = List.of(FaqStatus.PUBLISHED);

	private static final List<FaqStatus> ALL = List.of(FaqStatus.PUBLISHED, FaqStatus.WITHDRAWN);

	@Autowired
	private FaqService faq;

	/** A module of this test only, so that searches see only its articles. */
	private String module;

	@BeforeEach
	void setUp() {
		this.module = "报告管理-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void chineseSearchRanksTitleFirst() {
		FaqArticle inAnswer = create("报告签发流程说明", "报告签发需要哪些步骤？", "先审核，再签发。签发后可在报告打印页面打印。", List.of("签发"));
		FaqArticle inTitle = create("报告打印失败怎么办", "点击打印没有反应", "检查浏览器是否拦截了弹出窗口。", List.of("打印"));
		FaqArticle inKeywords = create("PDF 文件无法打开", "下载的 PDF 打不开", "安装 PDF 阅读器。", List.of("报告打印", "PDF"));

		assertThat(codes("报告打印")).containsExactly(inTitle.getCode(), inKeywords.getCode(), inAnswer.getCode());
		assertThat(codes("打印 浏览器")).containsExactly(inTitle.getCode());
		assertThat(codes("签发　审核")).containsExactly(inAnswer.getCode());
		assertThat(codes("ｐｄｆ")).containsExactly(inKeywords.getCode());
		assertThat(codes("样品登记")).isEmpty();
		assertThat(codes("打印 样品登记")).isEmpty();
		assertThat(codes("")).containsExactlyInAnyOrder(inAnswer.getCode(), inTitle.getCode(), inKeywords.getCode());
	}

	@Test
	void likeMetacharactersMatchLiterally() {
		FaqArticle percent = create("磁盘使用率超过 90% 时怎么办", "告警说使用率 90%", "清理归档日志。", List.of());
		FaqArticle underscore = create("临时表 TMP_SAMPLE 可以删除吗", "看到 TMP_SAMPLE 表", "经审批后清理。", List.of());
		create("磁盘使用率 900 的含义", "使用率 900", "这是块数。", List.of("TMPXSAMPLE"));

		assertThat(codes("90%")).containsExactly(percent.getCode());
		assertThat(codes("%")).containsExactly(percent.getCode());
		assertThat(codes("tmp_sample")).containsExactly(underscore.getCode());
		assertThat(codes("_")).containsExactly(underscore.getCode());
		assertThat(codes("\\")).isEmpty();
	}

	@Test
	void articleEditedTwiceKeepsOldVersions() {
		FaqArticle article = create("如何修改检测结果", "结果录错了怎么改？", "联系审核员退回后修改。", List.of("结果"));
		String code = article.getCode();

		this.faq.revise(code, content("如何修改检测结果", "结果录错了怎么改？", "审核前可直接修改；审核后联系审核员退回后修改。", List.of("结果")), "补充审核前的情况", 1,
				TestUsers.OTHER_ENGINEER.id(), at("2026-12-08T09:00:00"), "");
		this.faq.revise(code, content("如何修改已录入的检测结果", "结果录错了怎么改？", "审核前可直接修改；审核后联系审核员退回后修改。", List.of("结果", "退回")),
				"标题更准确，增加关键词", 2, TestUsers.SUPPORT.id(), at("2026-12-09T09:00:00"), "");

		FaqArticle current = this.faq.findByCode(code);
		assertThat(current.getCurrentVersion()).isEqualTo(3);
		assertThat(current.getTitle()).isEqualTo("如何修改已录入的检测结果");
		assertThat(current.getUpdatedBy()).isEqualTo(TestUsers.SUPPORT.id());
		assertThat(this.faq.versionsOf(current))
			.extracting(FaqArticleVersion::getVersion, FaqArticleVersion::getChange, FaqArticleVersion::getReason,
					FaqArticleVersion::getChangedBy, FaqArticleVersion::getChangedAt)
			.containsExactly(tuple(1, FaqChange.CREATED, "新建文章", TestUsers.ENGINEER.id(), at("2026-12-07T09:00:00")),
					tuple(2, FaqChange.EDITED, "补充审核前的情况", TestUsers.OTHER_ENGINEER.id(), at("2026-12-08T09:00:00")),
					tuple(3, FaqChange.EDITED, "标题更准确，增加关键词", TestUsers.SUPPORT.id(), at("2026-12-09T09:00:00")));
		FaqArticleVersion first = this.faq.version(current, 1);
		assertThat(first.getTitle()).isEqualTo("如何修改检测结果");
		assertThat(first.getAnswer()).isEqualTo("联系审核员退回后修改。");
		assertThat(first.keywordList()).containsExactly("结果");
		assertThat(this.faq.version(current, 2).getAnswer()).startsWith("审核前可直接修改");
		assertThat(codes("已录入")).containsExactly(code);
		assertThatThrownBy(() -> this.faq.version(current, 4)).hasMessageContaining("versions are 1 to 3");
	}

	@Test
	void staleOrEmptyEditIsRejected() {
		FaqArticle article = create("如何导出月度统计", "统计报表在哪里导出", "统计菜单中选择月份后导出。", List.of());
		String code = article.getCode();
		FaqContent changed = content("如何导出月度统计", "统计报表在哪里导出", "统计菜单中选择月份后点击导出 Excel。", List.of());
		this.faq.revise(code, changed, "说明导出格式", 1, TestUsers.ENGINEER.id(), at("2026-12-08T09:00:00"), "");

		assertThatThrownBy(() -> this.faq.revise(code, content("如何导出", "问", "答", List.of()), "另一人的修改", 1,
				TestUsers.OTHER_ENGINEER.id(), at("2026-12-08T10:00:00"), ""))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("version 2");
		assertThatThrownBy(
				() -> this.faq.revise(code, changed, "没有改动", 2, TestUsers.ENGINEER.id(), at("2026-12-08T10:00:00"), ""))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("没有需要保存的修改");

		assertThat(this.faq.findByCode(code).getCurrentVersion()).isEqualTo(2);
	}

	@Test
	void withdrawnArticleIsHiddenButKept() {
		FaqArticle article = create("旧版客户端下载地址", "客户端在哪里下载", "访问 ftp 服务器下载。", List.of("客户端"));
		String code = article.getCode();

		this.faq.changeStatus(code, FaqStatus.WITHDRAWN, "客户端已改为网页版", TestUsers.ENGINEER.id(),
				at("2026-12-10T09:00:00"));

		assertThat(codes("客户端")).isEmpty();
		assertThat(this.faq.search("客户端", this.module, ALL)).extracting((hit) -> hit.article().getCode())
			.containsExactly(code);
		assertThat(this.faq.published()).extracting(FaqArticle::getCode).doesNotContain(code);
		assertThatThrownBy(() -> this.faq.changeStatus(code, FaqStatus.WITHDRAWN, "再次撤回", TestUsers.ENGINEER.id(),
				at("2026-12-10T10:00:00")))
			.isInstanceOf(ConflictException.class);

		this.faq.changeStatus(code, FaqStatus.PUBLISHED, "网页版停用，恢复客户端", TestUsers.ENGINEER.id(),
				at("2026-12-11T09:00:00"));

		assertThat(codes("客户端")).containsExactly(code);
		assertThat(this.faq.versionsOf(this.faq.findByCode(code)))
			.extracting(FaqArticleVersion::getChange, FaqArticleVersion::getStatus, FaqArticleVersion::getReason)
			.containsExactly(tuple(FaqChange.CREATED, FaqStatus.PUBLISHED, "新建文章"),
					tuple(FaqChange.WITHDRAWN, FaqStatus.WITHDRAWN, "客户端已改为网页版"),
					tuple(FaqChange.REPUBLISHED, FaqStatus.PUBLISHED, "网页版停用，恢复客户端"));
	}

	@Test
	void exportHoldsPublishedArticles() throws Exception {
		FaqArticle kept = create("如何申请新账号", "新员工如何获得账号", "由科室负责人在 OA 中提交申请。\n信息科开通后邮件通知。", List.of("账号"));
		FaqArticle withdrawn = create("如何申请旧版账号", "旧版账号", "已停用。", List.of());
		this.faq.changeStatus(withdrawn.getCode(), FaqStatus.WITHDRAWN, "旧版系统下线", TestUsers.ENGINEER.id(),
				at("2026-12-10T09:00:00"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new FaqDocument(ZoneId.of("Asia/Shanghai")).write(this.faq.published(), at("2026-12-11T09:00:00"), out);

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo(FaqDocument.TITLE);
			assertThat(text).contains("导出日期：2026年12月11日");
			assertThat(text).contains("模块：" + this.module);
			assertThat(text).contains(kept.getCode() + " 如何申请新账号");
			assertThat(text).contains("问题：新员工如何获得账号");
			assertThat(text).contains("答复：由科室负责人在 OA 中提交申请。", "信息科开通后邮件通知。");
			assertThat(text).contains("关键词：账号");
			assertThat(text).doesNotContain(withdrawn.getCode(), "如何申请旧版账号");
		}
	}

	private List<String> codes(String query) {
		return this.faq.search(query, this.module, PUBLISHED).stream().map((hit) -> hit.article().getCode()).toList();
	}

	private FaqArticle create(String title, String question, String answer, List<String> keywords) {
		return this.faq.create(content(title, question, answer, keywords), "新建文章", TestUsers.ENGINEER.id(),
				at("2026-12-07T09:00:00"));
	}

	private FaqContent content(String title, String question, String answer, List<String> keywords) {
		return new FaqContent(title, question, answer, this.module, keywords, List.of());
	}

}
