package com.limsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.limsdesk.support.ProcessIntegrationTest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The expression restriction applied to or-queries of the Java API. */
@ProcessIntegrationTest
class OrQueryExpressionGuardIntegrationTests {

	@Autowired
	private TaskService taskService;

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
	void acceptsOrQueryWithoutExpressions() {
		assertThat(
				this.taskService.createTaskQuery().or().taskAssignee("engineer").taskOwner("engineer").endOr().list())
			.isNotNull();
	}

}
