package com.limsdesk.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of a report as its section class built it from the period's records: the
 * figures with their Chinese labels, text, tables and charts for the Word document, and
 * the rows behind the figures for the spreadsheet.
 */
public final class SectionContent {

	private final String key;

	private final String title;

	private final List<Figure> figures = new ArrayList<>();

	private final List<Object> blocks = new ArrayList<>();

	private final List<Sheet> sheets = new ArrayList<>();

	public SectionContent(String key, String title) {
		this.key = key;
		this.title = title;
	}

	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	/**
	 * Adds a figure; the key is unique within the report, such as {@code faults.total}.
	 */
	public SectionContent figure(String key, String label, Object value) {
		this.figures.add(new Figure(key, label, value));
		return this;
	}

	public SectionContent paragraph(String text) {
		this.blocks.add(new Paragraph(text));
		return this;
	}

	public SectionContent table(String title, List<String> header, List<List<String>> rows) {
		this.blocks.add(new Table(title, header, rows));
		return this;
	}

	public SectionContent chart(Chart chart) {
		this.blocks.add(chart);
		return this;
	}

	/** Adds a sheet of the spreadsheet with the rows behind this section's figures. */
	public SectionContent sheet(String name, List<String> header, List<List<String>> rows) {
		this.sheets.add(new Sheet(name, header, rows));
		return this;
	}

	public List<Figure> figures() {
		return List.copyOf(this.figures);
	}

	/** Returns the paragraphs, tables and charts in the order the document shows them. */
	public List<Object> blocks() {
		return List.copyOf(this.blocks);
	}

	public List<Sheet> sheets() {
		return List.copyOf(this.sheets);
	}

	/** A figure of the report. */
	public record Figure(String key, String label, Object value) {
	}

	public record Paragraph(String text) {
	}

	public record Table(String title, List<String> header, List<List<String>> rows) {
	}

	public record Sheet(String name, List<String> header, List<List<String>> rows) {
	}

	/**
	 * A chart with one value per category and series, drawn as a native chart that Word
	 * and WPS can edit.
	 */
	public record Chart(String title, Type type, String categoryTitle, String valueTitle, List<String> categories,
			List<Series> series) {

		public enum Type {

			/** Columns stacked per category, for counts by severity. */
			STACKED_BAR,

			/** Columns side by side, for rates. */
			BAR,

			/** Lines, for growth over time. */
			LINE

		}

	}

	/** A named series of a chart, one value per category; null leaves a gap. */
	public record Series(String name, List<Double> values) {
	}

}
