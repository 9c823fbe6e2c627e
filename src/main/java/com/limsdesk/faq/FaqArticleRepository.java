package com.limsdesk.faq;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FaqArticleRepository extends JpaRepository<FaqArticle, Long>, FaqArticleSearch {

	List<FaqArticle> findByStatusInOrderByModuleAscIdAsc(Collection<FaqStatus> statuses);

}
