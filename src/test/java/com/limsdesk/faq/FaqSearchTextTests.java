package com.limsdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FaqSearchTextTests {

	@Test
	void normaliseFoldsFullWidthAndCase() {
		assertThat(FaqSearchText.normalise("ＬＩＭＳ　报告Ｐｄｆ\n\t导出１００％")).isEqualTo("lims 报告pdf 导出100%");
	}

	@Test
	void termsSplitOnAnyWhiteSpace() {
		assertThat(FaqSearchText.terms(" 样品登记\u3000保存失败  样品登记 ")).containsExactly("样品登记", "保存失败");
		assertThat(FaqSearchText.terms("ＰＤＦ 打印")).containsExactly("pdf", "打印");
		assertThat(FaqSearchText.terms("   ")).isEmpty();
		assertThat(FaqSearchText.terms(null)).isEmpty();
	}

	@Test
	void termsRejectLongOrCrowdedQuery() {
		assertThatThrownBy(() -> FaqSearchText.terms("样".repeat(101))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("101 characters");
		assertThatThrownBy(() -> FaqSearchText.terms("一 二 三 四 五 六 七 八 九")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("9 terms");
	}

	@Test
	void likePatternEscapesMetacharacters() {
		assertThat(FaqSearchText.likePattern("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
		assertThat(FaqSearchText.likePattern("样品")).isEqualTo("%样品%");
	}

	@Test
	void scoreWeighsTitleAndKeywordsOverAnswer() {
		FaqArticle inTitle = article("报告打印", "怎么办", "检查打印机", List.of());
		FaqArticle inKeyword = article("常见问题", "怎么办", "检查打印机", List.of("报告打印"));
		FaqArticle inAnswer = article("常见问题", "怎么办", "报告打印前检查打印机，报告打印后核对", List.of());
		List<String> terms = List.of("报告打印");

		assertThat(FaqSearchText.score(inTitle, terms)).isEqualTo(12);
		assertThat(FaqSearchText.score(inKeyword, terms)).isEqualTo(8);
		assertThat(FaqSearchText.score(inAnswer, terms)).isEqualTo(2);
		assertThat(FaqSearchText.score(inTitle, List.of("报告打印", "扫描"))).isZero();
	}

	private static FaqArticle article(String title, String question, String answer, List<String> keywords) {
		return new FaqArticle(new FaqContent(title, question, answer, "报告管理", keywords, List.of()), "engineer",
				Instant.parse("2026-12-07T02:00:00Z"));
	}

}
