import Foundation
import RapportCanvas
import RapportCore

/// The drawing of view 5's panels, from the state and the cached analysis.
struct CampaignsView {
    let state: CampaignsState
    let book: Book
    let today: LocalDate

    private var format: NumberFormat { book.settings.numberFormat }
    private var campaigns: [Campaign] { CampaignsSelection.sortedCampaigns(book) }
    private var results: [CampaignID: CampaignResults] { state.caches.results(book, asOf: today) }

    private func empty(_ lines: [String], into buffer: inout CellBuffer, area: Rect) {
        for (row, line) in lines.enumerated() where row < area.height {
            buffer.write(line, at: area.x, y: area.y + row, style: row == 0 ? .title : .muted, maxWidth: area.width)
        }
    }

    // MARK: Overview

    func renderOverview(into buffer: inout CellBuffer, area: Rect) {
        guard !campaigns.isEmpty else {
            empty(["No campaigns yet: n adds one.", "", "Or from the command line:",
                   "  rapport campaign add \"Black Friday\" --channel email --target loyal --template Promo"],
                  into: &buffer, area: area)
            return
        }
        let columns = area.columns([.percent(56), .fill(1)], spacing: 2)
        renderCampaignTable(into: &buffer, area: columns[0])
        if let campaign = CampaignsSelection.selectedCampaign(state, book: book) {
            renderDetail(campaign, into: &buffer, area: columns[1])
        }
    }

    private func renderCampaignTable(into buffer: inout CellBuffer, area: Rect) {
        let results = self.results
        let campaigns = self.campaigns
        let table = TableView(
            columns: [TableColumn("Campaign", width: .flex(1)), TableColumn("Channel", width: .fixed(11)),
                      TableColumn("Status", width: .fixed(7)), TableColumn("Sent", width: .fixed(4), alignment: .right),
                      TableColumn("Revenue", width: .fixed(9), alignment: .right), TableColumn("ROI", width: .fixed(6), alignment: .right)],
            rowCount: campaigns.count, state: state.campaigns, emptyText: "No campaigns"
        ) { index in
            let campaign = campaigns[index]
            let result = results[campaign.id]
            let roi = result?.roi
            return TableRow([campaign.name, CampaignFigures.channelTitle(campaign.channel), campaign.status.rawValue,
                             String(result?.sent ?? 0), result.map { $0.revenue.formattedCompact(format) } ?? "",
                             CampaignFigures.percent(roi, signed: true)],
                            style: campaign.status == .draft ? .muted : .normal,
                            cellStyles: [nil, nil, nil, nil, nil, roi.map { $0 >= 0 ? Style.positive : Style.negative }])
        }
        table.render(into: &buffer, area: area)
    }

    private func renderDetail(_ campaign: Campaign, into buffer: inout CellBuffer, area: Rect) {
        let inner = buffer.drawBox(area, title: campaign.name)
        guard inner.height > 2 else { return }
        let box = inner.inset(horizontal: 1)
        var y = box.y
        func line(_ label: String, _ value: String, style: Style = .normal) {
            guard y < box.maxY else { return }
            buffer.write(label, at: box.x, y: y, style: .muted, maxWidth: 12)
            buffer.write(value, at: box.x + 12, y: y, style: style, maxWidth: box.width - 12)
            y += 1
        }
        let dates = [campaign.startDate?.description, campaign.endDate?.description].compactMap { $0 }.joined(separator: " → ")
        line("Channel", CampaignFigures.channelTitle(campaign.channel) + " · " + campaign.status.rawValue
             + (campaign.period.isEmpty ? "" : " · " + campaign.period))
        if !dates.isEmpty { line("Dates", dates) }
        line("Target", campaign.target.isEmpty ? "(members added by hand)" : campaign.target)
        line("Template", campaign.templateID.flatMap { book.templates[$0]?.name } ?? "–")
        line("Budget", campaign.budget.formatted(format) + "   cost " + campaign.cost.formatted(format))
        guard let result = results[campaign.id] else { return }
        y += 1
        line("Sent", "\(result.sent) of \(result.members) members")
        line("Responses", "\(result.responses) (\(CampaignFigures.percent(result.responseRate)))")
        line("Deals", "\(result.opportunities) opened · \(result.opportunityValue.formattedWhole(format))")
        line("Revenue", "\(result.revenue.formatted(format)) from \(result.purchasers) buyer\(result.purchasers == 1 ? "" : "s") in \(result.windowDays) days")
        let roi = result.roi
        line("ROI", CampaignFigures.percent(roi, signed: true), style: roi.map { $0 >= 0 ? .positive : .negative } ?? .muted)
        line("Retention", "\(CampaignFigures.percent(result.retentionRate)) · \(result.returningBuyers) of \(result.previousBuyers) earlier buyers again")
        if case .success(let audience)? = campaign.status == .done ? nil : Optional(state.caches.audience(of: campaign, in: book, asOf: today)) {
            line("To send", "\(audience.toSend.count) · left out \(audience.leftOut.count) (m: who and why)",
                 style: audience.toSend.isEmpty ? .muted : .accent)
        }
        y += 1
        guard y + 2 < box.maxY else { return }
        buffer.write("What happened after sending", at: box.x, y: y, style: .header, maxWidth: box.width)
        y += 1
        let funnel = [Bar("Sent", value: result.sent, style: Style(.chart1)),
                      Bar("Responded", value: result.responses, style: Style(.chart2)),
                      Bar("Opened a deal", value: result.membersWithOpportunity, style: Style(.chart3)),
                      Bar("Purchased", value: result.purchasers, style: Style(.chart4))]
        BarChart(bars: funnel, maximum: max(1, result.sent)).render(into: &buffer, area: Rect(x: box.x, y: y, width: box.width, height: min(4, box.maxY - y)))
        y += 5
        guard y + 1 < box.maxY else { return }
        let money = [Bar("Cost", value: Int(clamping: campaign.cost.minorUnits), valueText: campaign.cost.formattedWhole(format), style: Style(.chart5)),
                     Bar("Revenue", value: Int(clamping: result.revenue.minorUnits), valueText: result.revenue.formattedWhole(format),
                         style: Style(.chart2))]
        BarChart(bars: money).render(into: &buffer, area: Rect(x: box.x, y: y, width: box.width, height: min(2, box.maxY - y)))
    }

    // MARK: Members

    func renderMembers(into buffer: inout CellBuffer, area: Rect) {
        guard let campaign = CampaignsSelection.selectedCampaign(state, book: book) else {
            empty(["No campaign selected."], into: &buffer, area: area)
            return
        }
        let result = results[campaign.id]
        let outcomes = result?.outcomes ?? []
        let audience = state.caches.audience(of: campaign, in: book, asOf: today)
        let leftOut: [LeftOutContact]
        var notice = ""
        switch audience {
        case .success(let found):
            leftOut = found.leftOut
            if !found.toSend.isEmpty, campaign.status != .done { notice = "  ·  \(found.toSend.count) not sent yet (s sends)" }
        case .failure(let error):
            leftOut = []
            notice = "  ·  target error: \(error.message)"
        }
        buffer.write("\(campaign.name): \(outcomes.count) members" + notice, at: area.x, y: area.y, style: .title, maxWidth: area.width)
        let rest = area.inset(top: 2)
        let parts = rest.rows([.percent(62), .fill(1)], spacing: 1)
        let contacts = book.contacts
        let currency = campaign.cost.currency
        let table = TableView(
            columns: [TableColumn("Member", width: .flex(2)), TableColumn("Sent", width: .fixed(16)),
                      TableColumn("Replied", width: .fixed(7)), TableColumn("Deals", width: .flex(1)),
                      TableColumn("Bought", width: .fixed(6), alignment: .right), TableColumn("Revenue", width: .fixed(11), alignment: .right)],
            rowCount: outcomes.count, state: state.members, emptyText: "No members yet: s sends to the target's contacts"
        ) { index in
            let outcome = outcomes[index]
            let name = contacts[outcome.contactID]?.displayName ?? outcome.contactID.rawValue
            let sent = outcome.sentAt.map { JSONDateFormat.string(from: $0).map { String($0.prefix(16)).replacingOccurrences(of: "T", with: " ") } ?? "" } ?? "not sent"
            return TableRow([name, sent, outcome.replied ? "yes" : "", outcome.opportunities.map(\.rawValue).joined(separator: " "),
                             outcome.purchases > 0 ? String(outcome.purchases) : "",
                             outcome.revenueMinor > 0 ? Money(minorUnits: outcome.revenueMinor, currency: currency).formattedWhole(format) : ""],
                            style: outcome.sentAt == nil ? .muted : .normal,
                            cellStyles: [nil, nil, nil, nil, nil, outcome.revenueMinor > 0 ? .positive : nil])
        }
        table.render(into: &buffer, area: parts[0])
        guard parts.count > 1, parts[1].height > 1 else { return }
        let bottom = parts[1]
        buffer.write("Left out (\(leftOut.count)): marketing consent and an address on the channel are required",
                     at: bottom.x, y: bottom.y, style: .header, maxWidth: bottom.width)
        let leftTable = TableView(
            columns: [TableColumn("Contact", width: .flex(1)), TableColumn("Why", width: .flex(2))],
            rowCount: leftOut.count, state: ListState(itemCount: leftOut.count, selected: nil), showsHeader: false,
            isFocused: false, emptyText: "Nobody: every targeted contact can receive it"
        ) { index in
            let entry = leftOut[index]
            return TableRow([contacts[entry.contactID]?.displayName ?? entry.contactID.rawValue, entry.reason.description], style: .muted)
        }
        leftTable.render(into: &buffer, area: bottom.inset(top: 1))
    }

    // MARK: Compare

    func renderCompare(into buffer: inout CellBuffer, area: Rect) {
        guard !campaigns.isEmpty else {
            empty(["No campaigns to compare."], into: &buffer, area: area)
            return
        }
        let results = self.results
        let sent = campaigns.filter { (results[$0.id]?.sent ?? 0) > 0 }
        // Stacked full width while the four charts fit, so names are not cut; else a 2x2 grid.
        let chartHeight = sent.count + 2
        let cells: [Rect]
        if chartHeight * 4 <= area.height {
            cells = area.rows(Array(repeating: .fixed(chartHeight), count: 4))
        } else {
            let rows = area.rows([.percent(50), .fill(1)], spacing: 1)
            cells = rows[0].columns([.percent(50), .fill(1)], spacing: 3) + rows[1].columns([.percent(50), .fill(1)], spacing: 3)
        }
        let selected = CampaignsSelection.selectedCampaign(state, book: book)?.id
        func label(_ campaign: Campaign) -> String { campaign.name + (campaign.id == selected ? " ◂" : "") }
        func chart(_ title: String, _ bars: [Bar], in rect: Rect, maximum: Int? = nil) {
            buffer.write(title, at: rect.x, y: rect.y, style: .header, maxWidth: rect.width)
            BarChart(bars: bars, maximum: maximum).render(into: &buffer, area: rect.inset(top: 1))
        }
        chart("Revenue attributed", sent.map { campaign in
            let revenue = results[campaign.id]?.revenue ?? .zero(campaign.cost.currency)
            return Bar(label(campaign), value: Int(clamping: revenue.minorUnits), valueText: revenue.formattedWhole(format), style: Style(.chart2))
        }, in: cells[0])
        chart("Cost", sent.map { campaign in
            Bar(label(campaign), value: Int(clamping: campaign.cost.minorUnits), valueText: campaign.cost.formattedWhole(format), style: Style(.chart5))
        }, in: cells[1])
        // ROI bars grow from zero; a loss is drawn as its size, in the negative style.
        chart("ROI = (revenue − cost) / cost", sent.map { campaign in
            let roi = results[campaign.id]?.roi
            return Bar(label(campaign), value: Int(((roi ?? 0) * 100).magnitude.rounded()),
                       valueText: CampaignFigures.percent(roi, signed: true), style: (roi ?? 0) >= 0 ? .positive : .negative)
        }, in: cells[2])
        chart("Retention: earlier buyers who bought again", sent.map { campaign in
            let rate = results[campaign.id]?.retentionRate
            return Bar(label(campaign), value: Int(((rate ?? 0) * 100).rounded()),
                       valueText: CampaignFigures.percent(rate), style: Style(.chart3))
        }, in: cells[3], maximum: 100)
        if sent.count < campaigns.count {
            let note = "\(campaigns.count - sent.count) campaign(s) not sent yet are left out of the charts"
            buffer.write(note, at: area.x, y: area.maxY - 1, style: .muted, maxWidth: area.width)
        }
    }

    // MARK: Templates

    func renderTemplates(into buffer: inout CellBuffer, area: Rect) {
        let templates = book.templates.sortedByID
        guard !templates.isEmpty else {
            empty(["No templates yet: n adds one.", "", "  rapport template add Promo --kind email --subject \"Hi {{first_name|there}}\" --body-file promo.txt",
                   "", "Merge fields: rapport template fields"], into: &buffer, area: area)
            return
        }
        let columns = area.columns([.percent(34), .fill(1)], spacing: 2)
        let checks = templates.map(\.validationIssue)
        TableView(columns: [TableColumn("Template", width: .flex(1)), TableColumn("Kind", width: .fixed(5)),
                            TableColumn("Check", width: .fixed(6))],
                  rows: templates.indices.map { index in
                      TableRow([templates[index].name, templates[index].kind.rawValue, checks[index] == nil ? "ok" : "error"],
                               cellStyles: [nil, nil, checks[index] == nil ? .positive : .error])
                  }, state: state.templates).render(into: &buffer, area: columns[0])
        var list = state.templates
        list.setItemCount(templates.count)
        guard let index = list.selected else { return }
        let template = templates[index]
        let contacts = book.contacts.sortedByID
        let inner = buffer.drawBox(columns[1], title: "Preview: \(template.name)").inset(horizontal: 1)
        guard inner.height > 3 else { return }
        if let issue = checks[index] {
            TextPane(text: "This template cannot be sent:\n\(issue)\n\nFix it with e, or rapport template set \"\(template.name)\".", style: .error)
                .render(into: &buffer, area: inner)
            return
        }
        guard !contacts.isEmpty else {
            buffer.write("No contact to preview on.", at: inner.x, y: inner.y, style: .muted, maxWidth: inner.width)
            return
        }
        let contact = contacts[min(state.previewContact, contacts.count - 1)]
        buffer.write("For \(contact.displayName) (\(contact.id)) · [ and ] choose another contact", at: inner.x, y: inner.y, style: .muted, maxWidth: inner.width)
        guard let rendered = try? template.rendered(for: contact, in: book, today: today) else { return }
        var y = inner.y + 2
        if template.kind == .email {
            buffer.write("Subject: ", at: inner.x, y: y, style: .header)
            buffer.write(rendered.subject, at: inner.x + 9, y: y, maxWidth: inner.width - 9)
            y += 2
        }
        var text = rendered.body
        if !rendered.missing.isEmpty { text += "\n\n(no value and no default, left empty: \(rendered.missing.joined(separator: ", ")))" }
        if template.kind == .sms { text += "\n\n\(rendered.body.count) characters" + (rendered.body.count > 160 ? ": more than one SMS" : "") }
        TextPane(text: text).render(into: &buffer, area: Rect(x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - y)))
    }

    // MARK: Rules

    func renderRules(into buffer: inout CellBuffer, area: Rect) {
        let rules = BuiltInRule.allCases
        let automation = book.settings.automation ?? [:]
        buffer.write("When X then Y: checked each time the book is opened, and by `rapport rules run` (for cron).",
                     at: area.x, y: area.y, style: .muted, maxWidth: area.width)
        let tableArea = Rect(x: area.x, y: area.y + 2, width: area.width, height: min(rules.count + 1, area.height - 2))
        TableView(columns: [TableColumn("", width: .fixed(5)), TableColumn("Rule", width: .fixed(16)),
                            TableColumn("What it does", width: .flex(1))],
                  rows: rules.map { rule in
                      let setting = automation[rule.rawValue]
                      let on = setting?.enabled == true
                      return TableRow([on ? "[on]" : "[off]", rule.title, rule.sentence(setting)],
                                      style: on ? .normal : .muted, cellStyles: [on ? .positive : .muted])
                  }, state: state.rules).render(into: &buffer, area: tableArea)
        var selection = state.rules
        selection.setItemCount(rules.count)
        if let index = selection.selected, tableArea.maxY < area.maxY {
            let rule = rules[index]
            let setting = automation[rule.rawValue]
            let status = setting?.enabled == true
                ? "on since \(setting?.since?.description ?? "?")"
                : "off"
            buffer.write("\(rule.title) (\(rule.rawValue)): \(status); settings.json → automation.\(rule.rawValue)",
                         at: area.x, y: tableArea.maxY, style: .muted, maxWidth: area.width)
        }
        var y = tableArea.maxY + 2
        buffer.write("space on/off · +/- days · x run now · every action is logged as an activity naming its rule; u undoes a run",
                     at: area.x, y: y, style: .muted, maxWidth: area.width)
        y += 2
        guard y < area.maxY else { return }
        let logged = book.activities.all.filter { $0.automation != nil }.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        let lines: [String]
        let title: String
        if !state.lastRuleRun.isEmpty {
            title = "This session's run"
            lines = state.lastRuleRun
        } else {
            title = "Latest rule actions (\(logged.count) in all)"
            lines = logged.prefix(max(0, area.maxY - y - 1)).map { activity in
                let when = activity.createdAt
                return (JSONDateFormat.string(from: when).map { String($0.prefix(10)) } ?? "") + "  " + activity.summary
            }
        }
        buffer.write(title, at: area.x, y: y, style: .header, maxWidth: area.width)
        y += 1
        if lines.isEmpty {
            buffer.write("Nothing yet.", at: area.x, y: y, style: .muted, maxWidth: area.width)
        }
        for line in lines where y < area.maxY {
            buffer.write(line, at: area.x, y: y, maxWidth: area.width)
            y += 1
        }
    }
}
