package com.limsdesk.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Rejection of one field of a submitted form. It rolls back the start or the task
 * completion that carried the form, so nothing is left behind. Tasklist shows the
 * message, and the engine REST API returns status 400 for it on {@code submit-form}.
 * <p>
 * NOTE: {@code POST /process-definition/.../start} returns 500 with the same message,
 * because Camunda's REST layer wraps every engine exception on that endpoint.
 */
public class FormInputException extends FormFieldValidationException {

	private final String field;

	public FormInputException(String field, String label, String problem) {
		super(field, label + " (" + field + "): " + problem);
		this.field = field;
	}

	/** Returns the form field key, which is also the variable name. */
	public String field() {
		return this.field;
	}

}
