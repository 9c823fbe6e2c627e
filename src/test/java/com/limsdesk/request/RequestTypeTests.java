package com.limsdesk.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.limsdesk.change.ChangeType;
import org.junit.jupiter.api.Test;

class RequestTypeTests {

	@Test
	void changeRequestsMapToChangeTypes() {
		Map<RequestType, String> expected = Map.of(RequestType.FUNCTIONAL_CHANGE, "functional",
				RequestType.PROCESS_OPTIMISATION, "functional", RequestType.TEMPLATE, "template",
				RequestType.INSTRUMENT_ACQUISITION, "data-acquisition", RequestType.INTERFACE_DEBUGGING, "interface");

		for (RequestType type : RequestType.values()) {
			if (type.route() == RequestType.Route.CHANGE) {
				assertThat(RequestTaskView.changeTypeOf(type)).as(type.code())
					.isEqualTo(expected.get(type))
					.isIn(ChangeType.codes());
			}
		}
		assertThat(expected.keySet()).allMatch((type) -> type.route() == RequestType.Route.CHANGE);
	}

	@Test
	void correctionsAndRestoresNeedApproval() {
		for (RequestType type : RequestType.values()) {
			boolean correction = type.route() == RequestType.Route.CORRECTION;

			assertThat(request(type, null).needsApproval()).as(type.code()).isEqualTo(correction);
		}
		assertThat(request(RequestType.DATA_MAINTENANCE, DataOperation.RESTORE).needsApproval()).isTrue();
		assertThat(request(RequestType.DATA_MAINTENANCE, DataOperation.BACKUP).needsApproval()).isFalse();
		assertThat(request(RequestType.DATA_MAINTENANCE, DataOperation.MAINTENANCE).needsApproval()).isFalse();
	}

	@Test
	void correctionsAndChangesNeedVerification() {
		for (RequestType type : RequestType.values()) {
			boolean verified = type.route() == RequestType.Route.CORRECTION || type.route() == RequestType.Route.CHANGE;

			assertThat(request(type, null).needsVerification()).as(type.code()).isEqualTo(verified);
		}
		for (DataOperation operation : DataOperation.values()) {
			assertThat(request(RequestType.DATA_MAINTENANCE, operation).needsVerification()).as(operation.code())
				.isFalse();
		}
	}

	private static ServiceRequest request(RequestType type, DataOperation operation) {
		RequestForm form = new RequestForm(type, "标题", "说明", "结果录入", "王芳", "010-6401 2345", operation, null, null, null,
				null, List.of(), null, null);
		Instant now = Instant.parse("2026-12-07T02:00:00Z");
		return new ServiceRequest("FW-2026-00001", "instance-1", form, "reporter", "reporter", now, now);
	}

}
