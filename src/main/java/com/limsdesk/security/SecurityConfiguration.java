package com.limsdesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Servlet filters in front of every endpoint. The webapps log users in themselves, so
 * these filters cover the engine REST API and the desk's own API and pages. They also
 * close the two known flaws of Camunda 7.24.0 that reach the engine through HTTP.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	FilterRegistrationBean<AdminSetupBlockingFilter> adminSetupBlockingFilter() {
		FilterRegistrationBean<AdminSetupBlockingFilter> registration = new FilterRegistrationBean<>(
				new AdminSetupBlockingFilter());
		registration.addUrlPatterns("/camunda/api/admin/setup/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<OrQueryExpressionFilter> orQueryExpressionFilter(ObjectMapper objectMapper) {
		FilterRegistrationBean<OrQueryExpressionFilter> registration = new FilterRegistrationBean<>(
				new OrQueryExpressionFilter(objectMapper));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.addUrlPatterns("/engine-rest/*");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * After the engine REST API's login, so that the form lookup runs with the user's
	 * authorizations. The webapps log in later in the chain, so this filter reads their
	 * session itself.
	 */
	@Bean
	FilterRegistrationBean<FormSubmissionFilter> formSubmissionFilter(ObjectMapper objectMapper,
			IdentityService identityService, FormService formService, RepositoryService repositoryService) {
		FilterRegistrationBean<FormSubmissionFilter> registration = new FilterRegistrationBean<>(
				new FormSubmissionFilter(objectMapper, identityService, formService, repositoryService));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<DeskAuthenticationFilter> deskAuthenticationFilter(IdentityService identityService) {
		FilterRegistrationBean<DeskAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new DeskAuthenticationFilter(identityService));
		registration.addUrlPatterns("/api/*", "/desk/*", "/actuator/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
