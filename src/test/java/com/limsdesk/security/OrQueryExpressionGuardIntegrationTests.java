package com.limsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.limsdesk.support.ProcessIntegrationTest;
import org.camunda.bpm.engine.BadUserRequestException;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The expression restriction applied to or-queries of the Java API. */
@ProcessIntegrationTest
class OrQueryExpressionGuardIntegrationTests {

	@Autowired
	private TaskService taskService;

	@Autowired
	private FilterService filterService;

	@Autowired
	private IdentityService identityService;

	@Test
	void rejectsExpressionInsideOrQuery() {
		assertThatThrownBy(() -> this.taskService.createTaskQuery()
			.or()
			.taskAssigneeExpression("${'x'.getClass()}")
			.endOr()
			.list()).isInstanceOf(BadUserRequestException.class).hasMessageContaining("orQueries[0]");
	}

	@Test
	void rejectsExpressionInOuterQueryAsBefore() {
		assertThatThrownBy(() -> this.taskService.createTaskQuery().taskAssigneeExpression("${'x'}").list())
			.isInstanceOf(BadUserRequestException.class);
	}

	@Test
	void rejectsExpressionInQueryExtendingFilter() {
		String filterId = this.filterService.createFilterQuery().filterName("我的待办").singleResult().getId();

		assertThatThrownBy(() -> this.filterService.count(filterId,
				this.taskService.createTaskQuery().or().taskAssigneeExpression("${'x'}").endOr()))
			.isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("orQueries[0]");
		// The stored filter reads the current user, so a valid extension needs one.
		this.identityService.setAuthentication("engineer", List.of("engineers"));
		try {
			assertThat(this.filterService.count(filterId, this.taskService.createTaskQuery().taskNameLike("%")))
				.isNotNull();
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	@Test
	void acceptsOrQueryWithoutExpressions() {
		assertThat(
				this.taskService.createTaskQuery().or().taskAssignee("engineer").taskOwner("engineer").endOr().list())
			.isNotNull();
	}

}
