package com.limsdesk;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the project's own rules for every {@code processes/*.bpmn} and
 * {@code forms/*.form}, beyond what bpmnlint checks in the build. Each test checks one
 * rule across all files and reports every element that breaks it. The folders are read
 * relative to the working directory, which Surefire sets to the project's base directory.
 */
class ModelRulesTests {

	private static final Path PROCESSES_DIRECTORY = Path.of("processes");

	private static final Path FORMS_DIRECTORY = Path.of("forms");

	private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]*");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void filesHaveOneExecutableProcess() {
		SoftAssertions softly = new SoftAssertions();
		for (ProcessFile file : processFiles()) {
			Collection<Process> processes = file.model().getModelElementsByType(Process.class);
			List<String> processIds = processes.stream().map(Process::getId).toList();
			softly.assertThat(processIds).as("%s: ids of the process elements", file.name()).hasSize(1);
			for (Process process : processes) {
				softly.assertThat(process.isExecutable())
					.as("%s: process %s is executable", file.name(), process.getId())
					.isTrue();
			}
		}
		softly.assertAll();
	}

	@Test
	void processIdsMatchFileNames() {
		SoftAssertions softly = new SoftAssertions();
		for (ProcessFile file : processFiles()) {
			String expectedId = file.name().substring(0, file.name().length() - ".bpmn".length());
			for (Process process : file.model().getModelElementsByType(Process.class)) {
				softly.assertThat(process.getId())
					.as("%s: process id %s is kebab-case", file.name(), process.getId())
					.matches(KEBAB_CASE);
				softly.assertThat(process.getId())
					.as("%s: process id %s equals the file name without .bpmn", file.name(), process.getId())
					.isEqualTo(expectedId);
			}
		}
		softly.assertAll();
	}

	@Test
	void processesSetHistoryTimeToLive() {
		SoftAssertions softly = new SoftAssertions();
		for (ProcessFile file : processFiles()) {
			for (Process process : file.model().getModelElementsByType(Process.class)) {
				softly.assertThat(process.getCamundaHistoryTimeToLiveString())
					.as("%s: camunda:historyTimeToLive of process %s", file.name(), process.getId())
					.isNotBlank();
			}
		}
		softly.assertAll();
	}

	@Test
	void flowNodesHaveDiagramShapes() {
		SoftAssertions softly = new SoftAssertions();
		for (ProcessFile file : processFiles()) {
			for (FlowNode node : file.model().getModelElementsByType(FlowNode.class)) {
				softly.assertThat(node.getDiagramElement())
					.as("%s: BPMN shape of %s %s", file.name(), typeName(node), node.getId())
					.isInstanceOf(BpmnShape.class);
			}
		}
		softly.assertAll();
	}

	@Test
	void sequenceFlowsHaveDiagramEdges() {
		SoftAssertions softly = new SoftAssertions();
		for (ProcessFile file : processFiles()) {
			for (SequenceFlow flow : file.model().getModelElementsByType(SequenceFlow.class)) {
				softly.assertThat(flow.getDiagramElement())
					.as("%s: BPMN edge of sequence flow %s", file.name(), flow.getId())
					.isInstanceOf(BpmnEdge.class);
			}
		}
		softly.assertAll();
	}

	@Test
	void userTasksReferenceExistingForms() {
		Map<String, Path> forms = formFilesById();
		SoftAssertions softly = new SoftAssertions();
		for (ProcessFile file : processFiles()) {
			for (UserTask task : file.model().getModelElementsByType(UserTask.class)) {
				String formRef = task.getCamundaFormRef();
				softly.assertThat(formRef)
					.as("%s: camunda:formRef of user task %s", file.name(), task.getId())
					.isNotBlank();
				if (formRef != null && !formRef.isBlank()) {
					softly.assertThat(forms)
						.as("%s: form %s of user task %s in forms/*.form", file.name(), formRef, task.getId())
						.containsKey(formRef);
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void userTasksHaveCandidateGroupOrAssignee() {
		SoftAssertions softly = new SoftAssertions();
		for (ProcessFile file : processFiles()) {
			for (UserTask task : file.model().getModelElementsByType(UserTask.class)) {
				boolean hasCandidateGroup = isPresent(task.getCamundaCandidateGroups());
				boolean hasAssignee = isPresent(task.getCamundaAssignee());
				softly.assertThat(hasCandidateGroup || hasAssignee)
					.as("%s: user task %s has camunda:candidateGroups or camunda:assignee", file.name(), task.getId())
					.isTrue();
			}
		}
		softly.assertAll();
	}

	@Test
	void startEventFormsExist() {
		Map<String, Path> forms = formFilesById();
		SoftAssertions softly = new SoftAssertions();
		for (ProcessFile file : processFiles()) {
			for (StartEvent event : file.model().getModelElementsByType(StartEvent.class)) {
				String formRef = event.getCamundaFormRef();
				if (isPresent(formRef)) {
					softly.assertThat(forms)
						.as("%s: form %s of start event %s in forms/*.form", file.name(), formRef, event.getId())
						.containsKey(formRef);
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void elementIdsHaveTypePrefixAndPascalCase() {
		SoftAssertions softly = new SoftAssertions();
		for (ProcessFile file : processFiles()) {
			for (FlowNode node : file.model().getModelElementsByType(FlowNode.class)) {
				assertIdFollowsConvention(softly, file, node, idPrefixes(node));
			}
			for (SequenceFlow flow : file.model().getModelElementsByType(SequenceFlow.class)) {
				assertIdFollowsConvention(softly, file, flow, List.of("Flow_"));
			}
		}
		softly.assertAll();
	}

	@Test
	void flowNodesHaveNames() {
		SoftAssertions softly = new SoftAssertions();
		for (ProcessFile file : processFiles()) {
			for (FlowNode node : file.model().getModelElementsByType(FlowNode.class)) {
				softly.assertThat(node.getName())
					.as("%s: name of %s %s", file.name(), typeName(node), node.getId())
					.isNotBlank();
			}
		}
		softly.assertAll();
	}

	/**
	 * Checks exclusive gateways that split the flow. A gateway that only merges flows
	 * (one outgoing flow) makes no decision, so it is exempt.
	 */
	@Test
	void decisionGatewaysAskQuestions() {
		SoftAssertions softly = new SoftAssertions();
		for (ProcessFile file : processFiles()) {
			for (ExclusiveGateway gateway : decisionGateways(file)) {
				String name = (gateway.getName() != null) ? gateway.getName().strip() : "";
				softly.assertThat(name.endsWith("?") || name.endsWith("？"))
					.as("%s: name '%s' of exclusive gateway %s ends with ? or ？", file.name(), name, gateway.getId())
					.isTrue();
			}
		}
		softly.assertAll();
	}

	@Test
	void decisionGatewayFlowsHaveNames() {
		SoftAssertions softly = new SoftAssertions();
		for (ProcessFile file : processFiles()) {
			for (ExclusiveGateway gateway : decisionGateways(file)) {
				for (SequenceFlow flow : gateway.getOutgoing()) {
					softly.assertThat(flow.getName())
						.as("%s: name of sequence flow %s leaving exclusive gateway %s", file.name(), flow.getId(),
								gateway.getId())
						.isNotBlank();
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void formsHaveIdAndComponents() {
		SoftAssertions softly = new SoftAssertions();
		for (Path formFile : formFiles()) {
			JsonNode form = readJson(softly, formFile);
			if (form == null) {
				continue;
			}
			softly.assertThat(form.path("id").isTextual() && !form.path("id").asText().isBlank())
				.as("%s: has a text field 'id'", formFile)
				.isTrue();
			softly.assertThat(form.path("components").isArray())
				.as("%s: has an array field 'components'", formFile)
				.isTrue();
		}
		softly.assertAll();
	}

	@Test
	void formIdsAreUnique() {
		Map<String, List<Path>> filesById = new HashMap<>();
		for (Path formFile : formFiles()) {
			String id = formId(formFile);
			if (id != null) {
				filesById.computeIfAbsent(id, (key) -> new ArrayList<>()).add(formFile);
			}
		}
		SoftAssertions softly = new SoftAssertions();
		filesById.forEach((id, files) -> softly.assertThat(files).as("forms with id %s", id).hasSize(1));
		softly.assertAll();
	}

	private static void assertIdFollowsConvention(SoftAssertions softly, ProcessFile file, BaseElement element,
			List<String> prefixes) {
		String id = element.getId();
		String prefix = prefixes.stream().filter(id::startsWith).findFirst().orElse(null);
		softly.assertThat(prefix)
			.as("%s: id %s of %s starts with one of %s", file.name(), id, typeName(element), prefixes)
			.isNotNull();
		if (prefix != null) {
			softly.assertThat(id.substring(prefix.length()))
				.as("%s: id %s of %s is PascalCase after %s", file.name(), id, typeName(element), prefix)
				.matches(PASCAL_CASE);
		}
	}

	/** Returns the id prefixes allowed for a flow node of this type. */
	private static List<String> idPrefixes(FlowNode node) {
		if (node instanceof StartEvent) {
			return List.of("StartEvent_", "Event_");
		}
		if (node instanceof EndEvent) {
			return List.of("EndEvent_", "Event_");
		}
		if (node instanceof Event) {
			return List.of("Event_");
		}
		if (node instanceof Gateway) {
			return List.of("Gateway_");
		}
		if (node instanceof SubProcess) {
			return List.of("SubProcess_");
		}
		if (node instanceof CallActivity) {
			return List.of("CallActivity_");
		}
		if (node instanceof Task) {
			return List.of("Task_");
		}
		throw new IllegalStateException("No id prefix defined for flow node type " + typeName(node));
	}

	private static List<ExclusiveGateway> decisionGateways(ProcessFile file) {
		return file.model()
			.getModelElementsByType(ExclusiveGateway.class)
			.stream()
			.filter((gateway) -> gateway.getOutgoing().size() > 1)
			.toList();
	}

	private static String typeName(BaseElement element) {
		return element.getElementType().getTypeName();
	}

	private static boolean isPresent(String value) {
		return value != null && !value.isBlank();
	}

	/**
	 * Parses every BPMN file and fails when there is none, since then no rule would be
	 * checked.
	 */
	private static List<ProcessFile> processFiles() {
		List<Path> paths = listFiles(PROCESSES_DIRECTORY, ".bpmn");
		assertThat(paths).as("BPMN files in %s", PROCESSES_DIRECTORY.toAbsolutePath()).isNotEmpty();
		List<ProcessFile> files = new ArrayList<>();
		for (Path path : paths) {
			files.add(new ProcessFile(path.getFileName().toString(), readModel(path.toFile())));
		}
		return files;
	}

	private static BpmnModelInstance readModel(File file) {
		try {
			return Bpmn.readModelFromFile(file);
		}
		catch (RuntimeException ex) {
			throw new AssertionError("Failed to parse " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static List<Path> formFiles() {
		return listFiles(FORMS_DIRECTORY, ".form");
	}

	/** Returns the form files by their id, leaving out files without a readable id. */
	private static Map<String, Path> formFilesById() {
		Map<String, Path> forms = new HashMap<>();
		for (Path formFile : formFiles()) {
			String id = formId(formFile);
			if (id != null) {
				forms.put(id, formFile);
			}
		}
		return forms;
	}

	private static String formId(Path formFile) {
		try {
			JsonNode id = JSON.readTree(formFile.toFile()).path("id");
			return id.isTextual() ? id.asText() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static JsonNode readJson(SoftAssertions softly, Path file) {
		try {
			return JSON.readTree(file.toFile());
		}
		catch (IOException ex) {
			softly.fail("%s: invalid JSON: %s", file, ex.getMessage());
			return null;
		}
	}

	private static List<Path> listFiles(Path directory, String suffix) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.filter((path) -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to list " + directory, ex);
		}
	}

	private record ProcessFile(String name, BpmnModelInstance model) {
	}

}
