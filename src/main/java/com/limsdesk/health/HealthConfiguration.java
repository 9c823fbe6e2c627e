package com.limsdesk.health;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

	/**
	 * After the desk's login filter (order + 10), which also covers {@code /actuator}.
	 */
	@Bean
	FilterRegistrationBean<HealthRoleFilter> healthRoleFilter(IdentityService identityService) {
		FilterRegistrationBean<HealthRoleFilter> registration = new FilterRegistrationBean<>(
				new HealthRoleFilter(identityService));
		registration.addUrlPatterns("/actuator/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 16);
		return registration;
	}

}
