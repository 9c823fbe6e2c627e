package com.limsdesk.support;

import java.util.Arrays;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Gives every test user its known password, as an operator would in the environment. */
class TestPasswordsInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of(Arrays.stream(TestUsers.values()).map(TestUsers::passwordSetting))
			.applyTo(context.getEnvironment());
	}

}
