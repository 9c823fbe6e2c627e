package com.limsdesk.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.limsdesk.engine.FormFields;
import com.limsdesk.identity.DeskGroups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the engine REST API and the webapps' engine API from writing variables that no
 * form field requested. A process start or a task completion may carry only the field
 * keys of that start's or task's Camunda Form. Any other variable would land on the
 * process instance, where a later form opens prefilled with it and a later step reads it
 * as that step's input. Writing variables of a task, a process instance or an execution
 * directly is reserved to {@code camunda-admin} for the same reason. Tasklist never
 * writes variables directly: it keeps an unsent form in the browser.
 */
class FormSubmissionFilter extends HttpFilter {

	private static final Logger logger = LoggerFactory.getLogger(FormSubmissionFilter.class);

	/** The engine APIs, by default engine or by engine name, and the rest of the path. */
	private static final Pattern ENGINE_API = Pattern
		.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)$");

	private static final Pattern START = Pattern
		.compile("^/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:start|submit-form)/?$");

	private static final Pattern TASK_SUBMISSION = Pattern
		.compile("^/task/([^/]+)/(?:complete|submit-form|resolve)/?$");

	/**
	 * Endpoints that write variables without a form. A BPMN error or escalation thrown
	 * from a task carries variables too.
	 */
	private static final Pattern VARIABLE_WRITE = Pattern
		.compile("^/(?:task/[^/]+/(?:variables|localVariables|bpmnError|bpmnEscalation)"
				+ "|process-instance/[^/]+/variables|execution/[^/]+/localVariables)(?:/.*)?$");

	private final ObjectMapper objectMapper;

	private final IdentityService identityService;

	private final FormService formService;

	private final RepositoryService repositoryService;

	FormSubmissionFilter(ObjectMapper objectMapper, IdentityService identityService, FormService formService,
			RepositoryService repositoryService) {
		this.objectMapper = objectMapper;
		this.identityService = identityService;
		this.formService = formService;
		this.repositoryService = repositoryService;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		Matcher api = ENGINE_API.matcher(decodedPath(request));
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || !api.matches()) {
			chain.doFilter(request, response);
			return;
		}
		String operation = api.group(1);
		Authentication user = user(request);
		if (user == null) {
			// The endpoint rejects the request for want of a login.
			chain.doFilter(request, response);
		}
		else if (VARIABLE_WRITE.matcher(operation).matches()) {
			checkVariableWrite(user, request, response, chain);
		}
		else if (START.matcher(operation).matches() || TASK_SUBMISSION.matcher(operation).matches()) {
			checkSubmission(operation, user, request, response, chain);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private void checkVariableWrite(Authentication user, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		if (isAdministrator(user)) {
			chain.doFilter(request, response);
			return;
		}
		logger.warn("Rejected {} {} by {}: variables are written only through forms", request.getMethod(),
				request.getRequestURI(), user.getUserId());
		respond(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", null,
				"The user with id '" + user.getUserId() + "' may not write variables directly: only "
						+ DeskGroups.ADMINISTRATORS + " may. Submit the task's form instead.");
	}

	private void checkSubmission(String operation, Authentication user, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		byte[] body = request.getInputStream().readNBytes(OrQueryExpressionFilter.MAX_INSPECTED_BYTES + 1);
		if (body.length > OrQueryExpressionFilter.MAX_INSPECTED_BYTES) {
			respond(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", "body",
					"request body: larger than " + OrQueryExpressionFilter.MAX_INSPECTED_BYTES + " bytes");
			return;
		}
		List<String> submitted;
		try {
			submitted = variableNames(body);
		}
		catch (IOException ex) {
			respond(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", "body",
					"request body: invalid JSON");
			return;
		}
		FormFields fields;
		try {
			fields = submitted.isEmpty() ? null : as(user, () -> formFields(operation));
		}
		catch (AuthorizationException ex) {
			logger.warn("Rejected {} {} by {}: {}", request.getMethod(), request.getRequestURI(), user.getUserId(),
					ex.getMessage());
			respond(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", null, ex.getMessage());
			return;
		}
		String unknown = (fields != null) ? firstUnknown(submitted, fields) : null;
		if (unknown != null) {
			logger.warn("Rejected {} {} by {}: variable {} is not a field of the form", request.getMethod(),
					request.getRequestURI(), user.getUserId(), unknown);
			respond(response, HttpServletResponse.SC_BAD_REQUEST, "FormInputException", unknown,
					"未知字段 (" + unknown + "): 表单中没有这个字段，提交只能包含表单中的字段");
			return;
		}
		chain.doFilter(new ReplayedBodyRequest(request, body), response);
	}

	private static String firstUnknown(List<String> submitted, FormFields fields) {
		for (String name : submitted) {
			if (!fields.keys().contains(name)) {
				return name;
			}
		}
		return null;
	}

	/**
	 * Returns the fields of the form that the operation submits, or null when its task or
	 * process definition is not found, which the endpoint then reports.
	 */
	private FormFields formFields(String operation) {
		Matcher task = TASK_SUBMISSION.matcher(operation);
		if (task.matches()) {
			return taskFields(task.group(1));
		}
		Matcher start = START.matcher(operation);
		if (!start.matches()) {
			return null;
		}
		return startFields(start.group(1), start.group(2), start.group(3));
	}

	/**
	 * Returns the path as the endpoints see it: decoded, normalized, and without path
	 * parameters, so that an encoded path cannot slip past the patterns.
	 */
	private static String decodedPath(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return request.getServletPath() + ((pathInfo != null) ? pathInfo : "");
	}

	/**
	 * Returns the user of the request: the one the engine REST API's login set on the
	 * engine, or the one logged in to the webapps on the request's session.
	 */
	private Authentication user(HttpServletRequest request) {
		Authentication current = this.identityService.getCurrentAuthentication();
		if (current != null && current.getUserId() != null) {
			return current;
		}
		UserAuthentication session = DeskAuthenticationFilter.sessionUser(request);
		return (session != null) ? new Authentication(session.getName(), session.getGroupIds()) : null;
	}

	private static boolean isAdministrator(Authentication user) {
		return user.getGroupIds() != null && user.getGroupIds().contains(DeskGroups.ADMINISTRATORS);
	}

	/**
	 * Runs the form lookup with the user's authorizations. The engine REST API's login
	 * has set them already; for the webapps' session they are set here for the lookup.
	 */
	private <T> T as(Authentication user, Supplier<T> lookup) {
		Authentication current = this.identityService.getCurrentAuthentication();
		if (current != null) {
			return lookup.get();
		}
		this.identityService.setAuthentication(user.getUserId(), user.getGroupIds());
		try {
			return lookup.get();
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private List<String> variableNames(byte[] body) throws IOException {
		if (body.length == 0) {
			return List.of();
		}
		JsonNode variables = this.objectMapper.readTree(body).path("variables");
		List<String> names = new ArrayList<>();
		if (variables.isObject()) {
			variables.fieldNames().forEachRemaining(names::add);
		}
		return names;
	}

	/** Returns the task's form fields, or null when the task is not found. */
	private FormFields taskFields(String taskId) {
		FormData form;
		try {
			form = this.formService.getTaskFormData(taskId);
		}
		catch (AuthorizationException ex) {
			throw ex;
		}
		catch (ProcessEngineException ex) {
			return null;
		}
		return (form.getCamundaFormRef() != null) ? FormFields.read(this.formService.getDeployedTaskForm(taskId))
				: FormFields.NONE;
	}

	/**
	 * Returns the start form fields, or null when the process definition is not found.
	 */
	private FormFields startFields(String key, String tenantId, String definitionId) {
		String id = definitionId;
		if (key != null) {
			ProcessDefinitionQuery query = this.repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(key)
				.latestVersion();
			query = (tenantId != null) ? query.tenantIdIn(tenantId) : query.withoutTenantId();
			ProcessDefinition definition = query.singleResult();
			if (definition == null) {
				return null;
			}
			id = definition.getId();
		}
		FormData form;
		try {
			form = this.formService.getStartFormData(id);
		}
		catch (AuthorizationException ex) {
			throw ex;
		}
		catch (ProcessEngineException ex) {
			return null;
		}
		return (form.getCamundaFormRef() != null) ? FormFields.read(this.formService.getDeployedStartForm(id))
				: FormFields.NONE;
	}

	private void respond(HttpServletResponse response, int status, String type, String field, String message)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type);
		body.put("message", message);
		body.put("field", field);
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.objectMapper.writeValueAsString(body));
	}

}
