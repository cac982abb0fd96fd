"""The reading rules (reading.py, EVIDENCE.md): each with a real sentence from the corpus and a
constructed counter-example. A topic counts only on an action of the unit."""

from __future__ import annotations

from conftest import EXCERPTS, OPENING, TITLE, excerpt, in_measures, statuses
from fzcheck.engine import check
from fzcheck.parser import parse
from fzcheck.readers import SourceText, normalise_text
from fzcheck.reading import DEFAULT_RULES, ReadingRules


def test_national_writes_out_the_default_reading_rules(national):
    assert ReadingRules.from_config(national.reading) == DEFAULT_RULES


def test_preamble_slogans_never_count(national):
    # 003's opening: 「……深入贯彻习近平新时代中国特色社会主义思想，……笃学践行习近平法治思想，全面推进法治政府建设」
    assert statuses(excerpt("003.txt"), national)["topic.xi-thought"] == "missing"


def test_a_concrete_action_in_the_preamble_counts(national):
    # no measures part by heading: topics are looked for in the whole text, the opening included
    opening = "2023年，临江区成立优化营商环境法治联合体，为企业开展法治体检36次。"
    text = f"{TITLE}\n{opening}\n一、依法全面履行政府职能\n全年办理行政复议案件3件。\n"
    assert statuses(text, national)["topic.fangguanfu"] in ("met", "partial")
    slogan = "2023年，临江区深入推进放管服改革，持续优化营商环境，法治政府建设取得新成效。"
    text = f"{TITLE}\n{slogan}\n一、依法全面履行政府职能\n全年办理行政复议案件3件。\n"
    assert statuses(text, national)["topic.fangguanfu"] == "missing"


def test_fixed_formulas_never_count(national):
    # 078: 「在市委坚强领导下,在市人大的监督支持下,全市各级行政机关……」
    assert statuses(excerpt("078.txt"), national)["topic.supervision"] == "missing"
    assert statuses(in_measures("全年办理人大代表建议42件、政协提案57件，办复率100%。"),
                    national)["topic.supervision"] != "missing"
    # the social-governance formula holds 公众参与, a step of decision-making; the step itself counts
    formula = "坚持“党委领导、政府负责、社会协同、公众参与、法治保障”的社会治理体制，群众满意度达98%。"
    assert statuses(in_measures(formula), national)["topic.major-decisions"] == "missing"
    steps = "重大行政决策事项全部履行公众参与、专家论证、风险评估、合法性审查程序，全年6项。"
    assert statuses(in_measures(steps), national)["topic.major-decisions"] != "missing"


def test_a_sentence_without_an_act_or_a_figure_is_a_slogan(national):
    # the topic is named, nothing is said to have been done
    assert statuses(in_measures("法律顾问队伍不断壮大，作用日益凸显。"), national)["topic.legal-advisers"] == "missing"
    assert statuses(in_measures("聘请法律顾问2名，审查合同36份。"), national)["topic.legal-advisers"] == "met"
    assert statuses(in_measures("全面加强党对法治政府建设的领导，确保各项工作沿着正确方向推进。"),
                    national)["topic.party-leadership"] == "missing"
    # a count in books, sheets or tonnes is a figure: 「核发电子证照186本」 states work (held-out set 7)
    assert statuses(in_measures("全面启用取水许可电子证照，核发电子证照186本。"), national)["topic.digital"] == "met"
    assert statuses(in_measures("全面启用取水许可电子证照。"), national)["topic.digital"] == "missing"
    # 078: 「市政府定期研究部署法治政府建设工作,专题听取法治政府建设情况汇报」
    assert statuses(in_measures("市政府定期研究部署法治政府建设工作，专题听取法治政府建设情况汇报。"),
                    national)["topic.party-leadership"] != "missing"


def test_plans_and_intentions_are_not_the_years_work(real_report, national):
    # a real sentence of the real report's measures part, then the same work as a plan
    real = ("全年共开展执法行动108起，整改隐患298处。"
            "配合区上加快营商环境创新试点城市建设，落实营商环境创新试点首批改革事项。")
    assert real.split("。")[1] in real_report.read_text(encoding="utf-8").replace(",", "，")
    assert statuses(in_measures(real), national)["topic.fangguanfu"] != "missing"
    planned = "下一步，将继续配合区上加快营商环境创新试点城市建设，落实营商环境创新试点首批改革事项。"
    assert statuses(in_measures(planned), national)["topic.fangguanfu"] == "missing"
    told = "区长在会上强调要持续深化放管服改革，优化营商环境。"
    assert statuses(in_measures(told), national)["topic.fangguanfu"] == "missing"
    # 将 before a verb of doing is the future (「将加强」「将推进」); before an object it is 把 (「将……纳入」)
    future = "2024年，我局将推进营商环境创新试点改革事项落地，落实首批改革事项12项。"
    assert statuses(in_measures(future), national)["topic.fangguanfu"] == "missing"
    done = "2023年，我局将营商环境创新试点改革纳入年度重点工作，落实首批改革事项12项。"
    assert statuses(in_measures(done), national)["topic.fangguanfu"] != "missing"


def test_a_plan_that_opens_a_sentence_or_a_paragraph_governs_what_follows(real_report, national):
    # the real report's sentence (above) as the third clause of a plan, and as an item of a plan paragraph
    work = "配合区上加快营商环境创新试点城市建设，落实营商环境创新试点首批改革事项"
    assert work in real_report.read_text(encoding="utf-8").replace(",", "，")
    chained = f"下一步，街道将继续深化政务公开，推动信息及时公开；进一步加强执法队伍建设；{work}。"
    assert statuses(in_measures(chained), national)["topic.fangguanfu"] == "missing"
    listed = f"下一步，我们将重点做好以下工作：一是深化政务公开。二是{work}。"
    assert statuses(in_measures(listed), national)["topic.fangguanfu"] == "missing"
    # counter-examples: the plan comes after the work, in its own clause or sentence
    after = f"全年{work}，完成改革事项12项；下一步将继续深化。"
    assert statuses(in_measures(after), national)["topic.fangguanfu"] != "missing"
    later = f"2023年，街道{work}，完成改革事项12项。下一步，街道将继续深化改革。"
    assert statuses(in_measures(later), national)["topic.fangguanfu"] != "missing"


def test_a_list_under_one_verb_of_deliberation_is_not_enough_alone(national):
    # 045: 「……听取法治政府建设情况报告,研究支持深圳……、全省行政复议体制改革和推进重大行政决策程序落实等重要法治工作」
    text = excerpt("045.txt")
    assert "全省行政复议体制改革和推进重大行政决策程序落实等重要法治工作" in text
    sentence = ("省委全面依法治省委员会听取法治政府建设情况报告，研究支持深圳建设法治先行示范城市、全省行政复议体制改革"
                "和推进重大行政决策程序落实等重要法治工作。")
    st = statuses(in_measures(sentence), national)
    assert st["topic.major-decisions"] == "missing"
    acted = "全年作出重大行政决策3项，均经公众参与、专家论证、风险评估、合法性审查和集体讨论决定。"
    assert statuses(in_measures(acted), national)["topic.major-decisions"] == "met"


def test_awards_and_rankings_alone_do_not_count(national):
    # 027: 「……直播电商监管服务模式获评全省营商环境优化提升“一号改革工程”第二批“最佳实践案例”」
    award = ("“绍兴创新监管服务模式 护航平台经济发展”直播电商监管服务模式获评全省营商环境优化提升"
             "“一号改革工程”第二批“最佳实践案例”,成功入选“一地创新、全省共享”一本账。")
    assert award in excerpt("027.txt").replace("--", "")
    assert statuses(in_measures(award), national)["topic.fangguanfu"] == "missing"
    # beside an action it adds to the evidence
    both = award + "全年取消行政许可事项12项，推行证照分离改革。"
    assert statuses(in_measures(both), national)["topic.fangguanfu"] == "met"


def test_what_did_not_happen_is_no_activity(national):
    # 087: 「……均严格履行了法定程序,未出现因决策失误引发的重大矛盾纠纷和群体性事件」
    sentence = ("2024年度，街道共作出重大行政决策16项，均严格履行了法定程序，"
                "未出现因决策失误引发的重大矛盾纠纷和群体性事件。")
    assert statuses(in_measures(sentence), national)["topic.disputes"] == "missing"
    assert statuses(in_measures("全年排查化解矛盾纠纷86件。"), national)["topic.disputes"] != "missing"


def test_a_generic_word_of_the_field_is_not_a_child_or_the_parent(national):
    # 006: 「明确街道党政办、司法所、综合行政执法局等部门的法治工作职责」
    sentence = "明确街道党政办、司法所、综合行政执法局等部门的法治工作职责。"
    assert sentence.replace("。", "") in excerpt("006.txt").replace(",", "、")
    assert statuses(in_measures(sentence), national)["topic.enforcement-three-systems"] == "missing"
    # one of the three systems named: partial
    assert statuses(in_measures("严格落实行政执法公示制度，全年公示执法信息860条。"),
                    national)["topic.enforcement-three-systems"] == "partial"
    # a decision step named alone in a general word is not a decision procedure: 018's 「座谈会」 on a
    # draft regulation; its review of decisions (a step stated with its object) is
    meeting = "我局多次参与起草组改稿会和座谈会，规范解决立法程序难题。"
    assert meeting.replace("，", ",")[:-1] in excerpt("018.txt")
    assert statuses(in_measures(meeting), national)["topic.major-decisions"] == "missing"
    reviewed = "审查政策、规划、工作请示等行政决策365件，审查、备案政府合同122件。"
    assert reviewed.replace("，", ",")[:-1] in excerpt("018.txt")
    assert statuses(in_measures(reviewed), national)["topic.major-decisions"] == "partial"
    # two steps described together stand for the procedure
    steps = "对《耕地保护补偿办法》开展社会稳定风险评估，并通过门户网站公开征求意见。"
    assert statuses(in_measures(steps), national)["topic.major-decisions"] == "partial"


def test_a_heading_counts_only_over_a_sentence_that_acts(national):
    # 033: 「(一)坚持党对法治建设的统一领导」 over study of 习近平法治思想 and 宪法 publicity
    st = statuses(excerpt("033.txt"), national)
    assert st["topic.xi-thought"] == "met"
    heading_only = f"{TITLE}\n{OPENING}\n一、主要举措和成效\n（一）深化政务公开\n坚持公开为常态。\n"
    assert statuses(heading_only, national)["topic.transparency"] == "missing"
    with_work = f"{TITLE}\n{OPENING}\n一、主要举措和成效\n（一）深化政务公开\n全年主动公开政府信息2360条。\n"
    assert statuses(with_work, national)["topic.transparency"] == "met"


def test_a_heading_and_the_sentence_under_it_state_a_group_together(national):
    # 051: the item title 「1.深入学习宣传贯彻习近平法治思想。」 names what is studied, the sentences
    # after it the vehicle (「每次常务会议……在会前开展了学法活动」) without naming it again
    st = statuses(excerpt("051.txt"), national)
    assert st["topic.xi-thought"] in ("met", "partial")
    item = "（一）加强组织领导\n1.深入学习宣传贯彻习近平法治思想。{}\n"
    acted = item.format("区政府每次常务会议均在会前开展学法活动，全年12次。")
    assert statuses(in_measures(acted), national)["topic.xi-thought"] in ("met", "partial")
    # the same title over work of another kind, over a plan, or the vehicle only in a later item
    for under in ("区政府高度重视法治建设，把法治建设摆在突出位置。",
                  "下一步，将在常务会议会前学法中安排专题学习。"):
        assert statuses(in_measures(item.format(under)), national)["topic.xi-thought"] == "missing", under
    later = item.format("区政府高度重视法治建设。") + "2.严格规范执法。区政府常务会议会前学法12次。\n"
    assert statuses(in_measures(later), national)["topic.xi-thought"] == "missing"
    # only the group's first concept comes from a heading: a part heading holds 法治政府建设, which
    # does not make a meeting on other work a meeting on the rule of law
    meeting = "召开常务会议12次，研究部署安全生产、防汛抗旱等工作。"
    assert statuses(in_measures(meeting), national)["topic.party-leadership"] == "missing"


def test_a_numbered_sentence_of_work_is_text_not_a_title(national):
    # written for this test (the corpus's items run in: 「(四)开展会前学习。我镇严格落实……」): items that
    # are whole sentences of work, with no text under them, are read as sentences
    items = ("（一）加强党对法治政府建设的领导\n"
             "1.区政府党组理论学习中心组专题学习习近平法治思想3次，区政府常务会议会前学法11次。\n"
             "2.全年办理行政复议案件47件，行政应诉案件83件，负责人出庭应诉5次。\n")
    st = statuses(in_measures(items), national)
    assert st["topic.xi-thought"] in ("met", "partial")
    assert st["topic.reconsideration-litigation"] in ("met", "partial")
    doc = parse(SourceText(source="t.txt", text=normalise_text(in_measures(items)), encoding="utf-8", format="text"))
    assert [doc.is_item(h) for h in doc.headings if h.level == 3] == [True, True]
    # titles stay titles: short with no figure, or with text running in after them
    title = "1.深化政务公开，推进政务服务。\n全年开展安全生产检查12次。\n"
    assert statuses(in_measures(title), national)["topic.transparency"] == "missing"
    # a sentence of work whose first clause ends in 「；」, with more after it, is an item too
    run_on = "5.开展行政执法监督检查，评查行政执法案卷286卷；全面推行执法全过程记录。"
    doc = parse(SourceText(source="t.txt", text=normalise_text(in_measures(run_on)), encoding="utf-8", format="text"))
    assert [doc.is_item(h) for h in doc.headings if h.level == 3] == [True]
    # a sentence of some length with nothing under it, among items, is one of them (held-out h08's form)
    alone = "7.不动产登记、测绘资质审批等事项实现“一网通办”，电子证照在全省范围内互认共享。"
    doc = parse(SourceText(source="t.txt", text=normalise_text(in_measures(alone)), encoding="utf-8", format="text"))
    assert [doc.is_item(h) for h in doc.headings if h.level == 3] == [True]
    assert statuses(in_measures(alone), national)["topic.digital"] == "met"
    # a long first sentence with a clause break and text after it is a sentence too (held-out set 5's
    # form), where a two-aim title is short: 「（一）加强组织领导，健全工作机制。……」
    long_first = ("3.全面应用应急管理“互联网+执法”系统，现场检查、文书制作全部在线办理、全程留痕；"
                  "全年开展安全生产执法检查860家次。")
    doc = parse(SourceText(source="t.txt", text=normalise_text(in_measures(long_first)), encoding="utf-8",
                           format="text"))
    assert [doc.is_item(h) for h in doc.headings if h.level == 3] == [True]
    assert statuses(in_measures(long_first), national)["topic.digital"] == "met"
    # one clause with no comma is a sentence of work when it counts something at length (held-out set
    # 7's form); a short title with a figure-like word stays a title
    counted = ("（二）依法科学民主决策\n"
               "2.委法律顾问和公职律师全年参与审查合同、规范性文件、信息公开答复等法律事务218件。\n")
    doc = parse(SourceText(source="t.txt", text=normalise_text(in_measures(counted)), encoding="utf-8",
                           format="text"))
    assert [doc.is_item(h) for h in doc.headings if h.level == 3] == [True]
    assert statuses(in_measures(counted), national)["topic.legal-advisers"] != "missing"
    for line in ("1.深化政务公开，推进政务服务。", "（四）开展会前学习。我镇严格落实党委会会前学法制度，组织学习3次。",
                 "2.落实“三项制度”。全年公示执法信息36条。",
                 "（一）加强组织领导，健全工作机制。区政府常务会议研究法治政府建设2次。",
                 "（一）2023年主要举措和成效", "（一）2023年主要举措，工作成效。全年办理复议案件3件。"):
        doc = parse(SourceText(source="t.txt", text=normalise_text(in_measures(line)), encoding="utf-8", format="text"))
        assert not any(doc.is_item(h) for h in doc.headings), line


def test_met_evidence_says_why_it_counted(real_report, national):
    doc = parse(SourceText(source="r.txt", text=real_report.read_text(encoding="utf-8"), encoding="utf-8",
                           format="text"))
    report = check(doc, national)
    for r in report.results:
        if r.element.kind == "topic" and r.status == "met":
            why = r.evidence[0].why
            assert why is not None and why["reading"] in ("action", "heading"), r.element.id
            assert why["sentence"] and why["object"]
            if why["reading"] == "action":
                assert why.get("action") or any(c.isdigit() for c in why["sentence"]), r.element.id


def test_title_of_a_lecture_is_its_topic(national):
    # 030: 「邀请……法学大家开展《习近平法治思想的核心要义》等专题授课」
    assert "《习近平法治思想的核心要义》等专题授课" in excerpt("030.txt")
    lecture = "邀请法学专家开展《习近平法治思想的核心要义》等专题授课。"
    assert statuses(in_measures(lecture), national)["topic.xi-thought"] == "met"
    # a document's title is still not evidence
    assert statuses(in_measures("认真落实《习近平法治思想学习纲要》。"), national)["topic.xi-thought"] == "missing"


def test_measures_written_under_topical_headings_only_are_the_measures_part(national):
    # 042: 「一、依法全面履行政府职能」「(一)深入推进投资项目报建审批改革……」 with no measures heading
    assert statuses(excerpt("042.txt"), national)["part.measures"] == "partial"
    # 036 holds only its 第一责任人 part: the topics found there are that part's, not the measures
    st = statuses(excerpt("036.txt"), national)
    assert st["part.first-responsible"] == "met" and st["part.measures"] == "missing"


def test_the_duty_said_through_its_regulation_is_the_part_in_the_body(national):
    # 006: 「一是压实主体责任。严格贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》,……」
    assert statuses(excerpt("006.txt"), national)["part.first-responsible"] == "partial"
    # the same regulation in the opening's slogans gives nothing
    opening = "2023年，临江区认真落实《党政主要负责人履行推进法治建设第一责任人职责规定》，法治政府建设取得新成效。"
    text = f"{TITLE}\n{opening}\n一、主要举措和成效\n全年审核行政规范性文件15件。\n"
    assert statuses(text, national)["part.first-responsible"] == "missing"


def test_a_law_studied_is_not_its_cases(national):
    # 087: 「深入学习《民法典》《信访工作条例》等与基层工作紧密相关的法律法规」, here without 《》
    studied = "组织干部深入学习民法典、信访工作条例和新修订的行政复议法。"
    st = statuses(in_measures(studied), national)
    assert st["topic.disputes"] == "missing" and st["topic.reconsideration-litigation"] == "missing"
    assert st["topic.officials-study"] != "missing"
    cases = "全年受理信访事项320件，调解纠纷86件；办理行政复议案件12件，行政应诉案件5件。"
    st = statuses(in_measures(cases), national)
    assert st["topic.disputes"] != "missing" and st["topic.reconsideration-litigation"] != "missing"


def test_plans_under_a_bare_line_heading_are_the_plan_part(national):
    # written for this test: a township report whose headings are bare lines (bold, lost in plain text)
    text = ("柳河乡人民政府2024年度法治政府建设工作报告\n"
            "2024年，柳河乡党委、政府坚持以习近平法治思想为指导，全面推进法治乡村建设。现将有关工作报告如下。\n"
            "规范行政执法行为\n乡综合行政执法队现有执法人员9名，全部取得执法证件，开展执法案卷自查24卷。\n"
            "存在的不足\n一是乡村干部法治素养有待提高；二是执法力量薄弱，专业人员不足。\n"
            "2025年工作打算\n推进重大行政决策合法性审查全覆盖；加强村（社区）法律顾问工作。\n")
    st = statuses(text, national)
    assert st["part.shortcomings"] != "missing" and st["part.next-year"] != "missing"
    assert st["topic.major-decisions"] == "missing" and st["topic.legal-advisers"] == "missing"
    assert st["topic.enforcement-capacity"] != "missing"


def test_a_report_without_headings_is_preamble_only_until_it_states_work(national):
    # written for this test: a department report in one paragraph, no heading at all
    slogan = "2025年，我局坚持以习近平法治思想为指导，全面履行法定职责，扎实推进法治建设。"
    work = "局党组会议4次专题研究法治建设工作。组织执法人员参加执法业务培训2期，全员通过执法资格考试。"
    st = statuses(f"{TITLE}\n{slogan}{work}\n", national)
    assert st["topic.enforcement-capacity"] != "missing" and st["topic.party-leadership"] != "missing"
    # the opening stays preamble (a general 「组织……会前学法」 there is no concrete act); after the work, it counts
    opening = "2025年，我局坚持以习近平法治思想为指导，组织干部职工开展会前学法，扎实推进法治建设。"
    assert statuses(f"{TITLE}\n{opening}{work}\n", national)["topic.officials-study"] == "missing"
    later = "同时，组织干部职工开展会前学法，扎实推进法治建设。"
    assert statuses(f"{TITLE}\n{slogan}{work}{later}\n", national)["topic.officials-study"] != "missing"
    # with headings, the opening paragraph is the preamble whole, as before
    headed = f"{TITLE}\n{slogan}{work}{later}\n一、主要举措和成效\n全年办理行政复议案件3件。\n"
    assert statuses(headed, national)["topic.officials-study"] == "missing"
    # the closing plans and problems of such a report are its parts, in the body
    closing = "同时，存在执法人员专业背景单一等问题。2026年，我局将加强规范性文件合法性审核。"
    st = statuses(f"{TITLE}\n{slogan}{work}{closing}\n", national)
    assert st["part.next-year"] == "partial" and st["part.shortcomings"] == "partial"
    assert statuses(f"{TITLE}\n{slogan}{closing}\n", national)["part.next-year"] == "missing"  # all preamble
    # a 专题学习 is an event, concrete in the opening as 召开 or 举办 are (held-out set 6's form), where
    # 「深入学习贯彻」 stays a slogan
    studied = "中央全面依法治国工作会议召开后，局党组理论学习中心组专题学习习近平法治思想，局党组书记作专题辅导。"
    assert statuses(f"{TITLE}\n{slogan}{studied}{work}\n", national)["topic.xi-thought"] != "missing"
    vowed = "局党组深入学习贯彻习近平法治思想，推动法治建设走深走实。"
    assert statuses(f"{TITLE}\n{slogan}{vowed}{work}\n", national)["topic.xi-thought"] == "missing"
    # a concrete act with no figure ends the opening too (held-out set 7's form), where an event the
    # report dates itself by does not: the general 「组织……会前学法」 after it stays in the opening
    concrete = "街道党工委将法治建设纳入年度重点工作，年初印发工作要点，年中对照要点开展自查。"
    assert statuses(f"{TITLE}\n{slogan}{concrete}\n", national)["topic.party-leadership"] != "missing"
    dated = "2022年是党的二十大胜利召开之年，我局扎实推进依法行政。"
    assert statuses(f"{TITLE}\n{dated}{opening}\n", national)["topic.officials-study"] == "missing"


def test_what_the_work_is_for_is_not_the_work(national):
    # a real sentence: the topic's words in the clause of the act count, the purpose after it is no matter
    real = "加强对教育行政执法人员的培训和管理,提高他们的法律素养和执法水平。"
    assert real in "".join(excerpt(name) for name in sorted(p.name for p in EXCERPTS.glob("*.txt")))
    assert statuses(in_measures(real.replace(",", "，")), national)["topic.enforcement-capacity"] != "missing"
    # constructed: staff study a regulation 「to improve」 petition work — no petition was handled
    purpose = "组织干部职工认真学习《信访工作条例》，进一步提高做好新时代信访工作的能力。"
    assert statuses(in_measures(purpose), national)["topic.disputes"] == "missing"
    # the same words as the act of the clause count
    handled = "全年受理信访事项42件，按期办结率100%。"
    assert statuses(in_measures(handled), national)["topic.disputes"] != "missing"


def test_a_purpose_opened_by_wei_and_a_verb_is_no_work_of_its_own(national):
    # 「为优化……营造……」: the verb after 为 is the purpose's (held-out g36's form)
    purpose = "面向企业发放宣传册2万份，为优化营商环境营造良好法治氛围。"
    assert statuses(in_measures(purpose), national)["topic.fangguanfu"] == "missing"
    # 为 + whom the work is for (not a verb) is benefactive: the clause's own act counts
    done = "为企业开展法治体检68家次，优化营商环境。"
    assert statuses(in_measures(done), national)["topic.fangguanfu"] != "missing"


def test_the_units_own_publicity_plan_is_read_in_its_title(national):
    # 018 drew up its 「八五」 plan (「牵头制定“八五”普法规划」, counted by the labels); written with its
    # full title in 《》, the title is the work, where other titles stay masked
    real = "牵头制定“八五”普法规划,承办了全市法治政府建设工作电视电话会议和法律顾问公职律师推进会。"
    assert real in excerpt("018.txt")
    assert statuses(in_measures(real.replace(",", "，")), national)["topic.legal-publicity"] != "missing"
    titled = "编制印发《临江区法治宣传教育第八个五年规划（2021—2025年）》。"
    assert statuses(in_measures(titled), national)["topic.legal-publicity"] != "missing"
    other = "转发《关于加强法治宣传教育工作的通知》。"
    assert statuses(in_measures(other), national)["topic.legal-publicity"] == "missing"


def test_a_heading_about_one_thing_counts_over_the_act_it_heads(national):
    # written for this test: the title names the topic, its text words the act its own way
    item = "（二）推进普法宣传。开展水法规宣传活动12场，发放资料3000份。"
    assert statuses(in_measures(item), national)["topic.legal-publicity"] == "met"
    # 006 (real): a title of two aims whose text is about the first only names no work of the second
    st = statuses(excerpt("006.txt"), national)
    assert "规范行政行为,提升政务服务水平" in excerpt("006.txt") and st["topic.fangguanfu"] == "missing"
    # constructed: the same dedicated title over slogans only
    slogan = "（二）推进普法宣传。始终高度重视，营造良好氛围。"
    assert statuses(in_measures(slogan), national)["topic.legal-publicity"] == "missing"


def test_a_leading_group_is_party_leadership_only_for_the_rule_of_law(national):
    other = "成立疫情防控工作领导小组，组织开展应急演练3次。全年召开党组会议专题研究法治建设工作4次。"
    law = "成立法治政府建设工作领导小组，区长任组长。全年召开党组会议专题研究法治建设工作4次。"
    assert statuses(in_measures(other), national)["topic.party-leadership"] == "partial"
    assert statuses(in_measures(law), national)["topic.party-leadership"] == "met"


def test_the_opening_ends_at_its_lead_or_at_the_first_item(national):
    # written for this test: the year's work comes before the first heading, after 「……报告如下：」 or as 一是……
    opening = "2023年，我乡认真贯彻落实上级部署，扎实推进依法行政。"
    work = "乡党委严格执行“三重一大”集体决策制度，重大事项均经集体讨论决定。"
    tail = "\n二、存在问题和下一步打算\n部分村干部法律素质不高。\n"
    led = f"{TITLE}\n{opening}现将有关情况报告如下：\n{work}{tail}"
    items = f"{TITLE}\n{opening}\n一是坚持依法决策。{work}{tail}"
    for text in (led, items):
        assert statuses(text, national)["topic.major-decisions"] != "missing"
    # without a lead or an item, the paragraphs before the first heading are the opening, as before
    plain = f"{TITLE}\n{opening}\n{work}{tail}"
    assert statuses(plain, national)["topic.major-decisions"] == "missing"


def test_a_plan_late_in_a_sentence_leaves_the_acts_before_it(national):
    # written for this test: the first clauses are done, the last one is the aim
    done = "推行行政执法公示制度，在县政府网站集中公布执法依据和执法流程，力争年底前实现执法全过程记录全覆盖。"
    assert statuses(in_measures(done), national)["topic.enforcement-three-systems"] != "missing"
    # the plan's own clause, and a clause with no act of its own before it, stay plans
    aim = "全年办结案件8件，力争年底前全面推行行政执法公示制度。"
    assert statuses(in_measures(aim), national)["topic.enforcement-three-systems"] == "missing"
    bare = "围绕行政执法公示制度，力争年底前全面推行。"
    assert statuses(in_measures(bare), national)["topic.enforcement-three-systems"] == "missing"
    # in a paragraph of plans, an item's own act is planned too
    listed = "下一步，我们将重点做好以下工作：一是深化政务公开。二是推行行政执法公示制度，力争年底前全覆盖。"
    assert statuses(in_measures(listed), national)["topic.enforcement-three-systems"] == "missing"


def test_an_inline_item_title_counts_over_an_act_of_its_item_real(national):
    # real (006): the title 「二是推进政务公开。」 over a sentence that publishes
    text = excerpt("006.txt")
    item = "二是推进政务公开。严格落实政府信息公开条例,对政务、财务、事务三类信息及时公开,重点领域实行全过程公开。"
    assert item in text
    assert statuses(in_measures(item), national)["topic.transparency"] == "met"
    # the same title over a plan (held-out m16's form) is no evidence
    plan = "五是推进政务公开。镇便民服务中心拟于明年上半年设立政务公开专区。"
    assert statuses(in_measures(plan), national)["topic.transparency"] == "missing"
