package com.limsdesk.request;

import java.time.Instant;
import java.util.List;

/** A service request as its form states it, checked. */
record RequestForm(RequestType type, String title, String description, String module, String contactName,
		String contactPhone, DataOperation dataOperation, String restoreScope, Instant restorePoint, String reason,
		String evidence, List<RecordLines.Named> records, String faultNumber, String reporterUser) {

}
