package com.limsdesk.web;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Maps rejected input of the desk's own REST API to a JSON body that names the field. */
@RestControllerAdvice
class ApiExceptionHandler {

	@ExceptionHandler(InvalidFieldException.class)
	ResponseEntity<ApiError> invalidField(InvalidFieldException exception) {
		return ResponseEntity.badRequest().body(new ApiError(exception.field(), exception.getMessage()));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException exception) {
		String field = exception.getParameterName();
		return ResponseEntity.badRequest().body(new ApiError(field, field + ": is missing"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException exception) {
		String field = exception.getName();
		return ResponseEntity.badRequest()
			.body(new ApiError(field, field + ": invalid value '" + exception.getValue() + "'"));
	}

	@ExceptionHandler(AuthorizationException.class)
	ResponseEntity<ApiError> forbidden(AuthorizationException exception) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError(null, exception.getMessage()));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound(NotFoundException exception) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(null, exception.getMessage()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ApiError> conflict(ConflictException exception) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(null, exception.getMessage()));
	}

	/**
	 * Error body of the desk's REST API; {@code field} is null when no single field is at
	 * fault.
	 */
	public record ApiError(String field, String message) {
	}

}
