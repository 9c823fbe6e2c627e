package com.limsdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The LIMS O&amp;M service desk: an embedded Camunda engine with its webapps. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ServiceDeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(ServiceDeskApplication.class, args);
	}

}
