package com.limsdesk.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Responds to a rejected form field on the engine REST API with 400 and the field, on
 * every endpoint. The engine REST API responds with 400 when a form is submitted, but
 * when a process is started with variables ({@code /start}) it wraps the rejection in a
 * {@link RestException} with status 500, as if the server had failed. Every other error
 * keeps the engine's own response.
 */
@Component
class FormErrorResponses implements ResourceConfigCustomizer {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public void customize(ResourceConfig config) {
		// Ahead of the engine's mappers for the same exception types.
		config.register(new FieldRejectionMapper(), Priorities.USER - 100);
		config.register(new WrappedFieldRejectionMapper(), Priorities.USER - 100);
		config.register(new LostRaceMapper(), Priorities.USER - 100);
	}

	private static Response badRequest(FormFieldValidationException rejection) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", rejection.getClass().getSimpleName());
		body.put("message", rejection.getMessage());
		Object detail = rejection.getDetail();
		body.put("field", (rejection instanceof FormInputException input) ? input.field()
				: (detail != null) ? detail.toString() : null);
		try {
			return Response.status(Response.Status.BAD_REQUEST)
				.type(MediaType.APPLICATION_JSON_TYPE)
				.entity(JSON.writeValueAsString(body))
				.build();
		}
		catch (JsonProcessingException ex) {
			return Response.status(Response.Status.BAD_REQUEST).build();
		}
	}

	/**
	 * Returns 409 for a step that another user completed at the same moment, because the
	 * request was sound and may be repeated after a refresh.
	 */
	static final class LostRaceMapper implements ExceptionMapper<OptimisticLockingException> {

		@Override
		public Response toResponse(OptimisticLockingException exception) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", OptimisticLockingException.class.getSimpleName());
			body.put("message", exception.getMessage());
			try {
				return Response.status(Response.Status.CONFLICT)
					.type(MediaType.APPLICATION_JSON_TYPE)
					.entity(JSON.writeValueAsString(body))
					.build();
			}
			catch (JsonProcessingException ex) {
				return Response.status(Response.Status.CONFLICT).build();
			}
		}

	}

	static final class FieldRejectionMapper implements ExceptionMapper<FormFieldValidationException> {

		@Override
		public Response toResponse(FormFieldValidationException exception) {
			return badRequest(exception);
		}

	}

	static final class WrappedFieldRejectionMapper implements ExceptionMapper<RestException> {

		private final RestExceptionHandler engineHandler = new RestExceptionHandler();

		private final LostRaceMapper lostRaces = new LostRaceMapper();

		@Override
		public Response toResponse(RestException exception) {
			for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof FormFieldValidationException rejection) {
					return badRequest(rejection);
				}
				if (cause instanceof OptimisticLockingException lostRace) {
					return this.lostRaces.toResponse(lostRace);
				}
			}
			return this.engineHandler.toResponse(exception);
		}

	}

}
