package com.limsdesk.faq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Builds the search as one query with {@code LIKE ... ESCAPE}, which H2 and PostgreSQL
 * both run. See {@link FaqSearchText} for why it matches substrings.
 */
class FaqArticleSearchImpl implements FaqArticleSearch {

	private static final List<String> SEARCHED = List.of("searchTitle", "searchKeywords", "searchQuestion",
			"searchAnswer");

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	public List<FaqArticle> findContainingAll(List<String> terms, Collection<FaqStatus> statuses, String module) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<FaqArticle> query = builder.createQuery(FaqArticle.class);
		Root<FaqArticle> article = query.from(FaqArticle.class);
		List<Predicate> conditions = new ArrayList<>();
		conditions.add(article.get("status").in(statuses));
		if (module != null) {
			conditions.add(builder.equal(article.get("module"), module));
		}
		for (String term : terms) {
			String pattern = FaqSearchText.likePattern(term);
			List<Predicate> anyColumn = new ArrayList<>();
			for (String column : SEARCHED) {
				anyColumn.add(builder.like(article.get(column), pattern, FaqSearchText.ESCAPE));
			}
			conditions.add(builder.or(anyColumn.toArray(Predicate[]::new)));
		}
		query.select(article).where(conditions.toArray(Predicate[]::new));
		return this.entityManager.createQuery(query).getResultList();
	}

}
