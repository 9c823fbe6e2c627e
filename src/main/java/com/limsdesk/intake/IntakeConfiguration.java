package com.limsdesk.intake;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	/**
	 * After the login filters of the engine REST API and the desk's API (order + 10) and
	 * before the form checks (order + 20).
	 */
	@Bean
	FilterRegistrationBean<IntegrationAccountFilter> integrationAccountFilter(IdentityService identityService) {
		FilterRegistrationBean<IntegrationAccountFilter> registration = new FilterRegistrationBean<>(
				new IntegrationAccountFilter(identityService));
		registration.addUrlPatterns("/api/*", "/desk/*", "/engine-rest/*", "/camunda/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
		return registration;
	}

}
