package com.limsdesk.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN files of {@code processes/} and the Camunda Forms of {@code forms/} as
 * one deployment, under names relative to the class path, such as
 * {@code processes/fault-handling.bpmn}. The engine's own auto-deployment would name a
 * file by its absolute path, so the same file would deploy as new from every folder it
 * runs in. Nothing is deployed when no resource changed; otherwise all are deployed again
 * together, so that every process finds its forms in its own deployment
 * ({@code formRefBinding} {@code deployment}).
 */
@Component
@Order(-10)
class ProcessDeployment implements ApplicationRunner {

	static final String NAME = "lims-service-desk";

	private static final Logger logger = LoggerFactory.getLogger(ProcessDeployment.class);

	private final RepositoryService repositoryService;

	ProcessDeployment(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		DeploymentBuilder deployment = this.repositoryService.createDeployment()
			.name(NAME)
			.source("service desk")
			.enableDuplicateFiltering(false);
		int count = add(deployment, "processes", "*.bpmn") + add(deployment, "forms", "*.form");
		if (count == 0) {
			throw new IllegalStateException("no BPMN or form found under processes/ and forms/ on the class path");
		}
		Deployment deployed = deployment.deploy();
		logger.info("Deployed {} process and form resources as deployment {}", count, deployed.getId());
	}

	private static int add(DeploymentBuilder deployment, String folder, String pattern) throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:" + folder + "/" + pattern);
		for (Resource resource : resources) {
			try (InputStream input = resource.getInputStream()) {
				deployment.addInputStream(folder + "/" + resource.getFilename(), input);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Reading " + resource.getDescription() + " failed", ex);
			}
		}
		return resources.length;
	}

}
