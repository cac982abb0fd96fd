"""Hand labels for bench/heldout4 (invented texts m01-m40), written as data.

Run:  python bench/heldout4/make_labels.py   -> writes labels.json next to this file.
Labels follow ../shared/EVIDENCE.md; each record carries a note citing the deciding sentences.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldoutkit import (  # noqa: E402
    ADV, CAP, DEC, DIG, DISP, EMER, FGF, NDOC, OPEN, PARTY, PUB, RECON, STUDY, SUP, THREE, XI, F, Labels, M, N, O, S)

R = RECORDS = Labels("m")


# ---------------------------------------------------------------- 2016
R(1, 2016, None, "青石镇2016年依法行政工作总结",
  implicit=[M],
  topics=[PARTY, ADV, PUB, STUDY, DISP, OPEN],
  notes="Township, Word text: title without 报告 ('工作总结'), addressee line, no headings, signature date in "
        "Chinese numerals (not a publication label): published null. party-leadership: 镇党委会专题研究依法行政工作2次, "
        "领导小组 adjusted. legal-advisers: 聘请…律师担任镇政府法律顾问. legal-publicity: 制定…七五普法规划, 赶集日法律咨询9场次 "
        "(七五 current in 2016). officials-study: 组织镇村干部集中学习《土地管理法》《信访条例》. disputes: 调解组织排查矛盾纠纷86起 "
        "(not the 信访条例 study). transparency: 公开栏公开低保…信息23期. Near misses: '要求各站所严格规范执法行为' is a demand "
        "(enforcement-capacity not counted); '明年，我镇将推行重大事项合法性审查和集体讨论决定' is a plan (major-decisions not counted); "
        "'科学立法、严格执法、公正司法、全民守法' is a fixed formula. 法律顾问 审查合同 alone is not major-decisions.")

R(2, 2016, "2017-03-24", "云溪县人民政府关于2016年度法治政府建设情况的报告",
  parts=[M, S, N], implicit=[F],
  headings={M: "一、2016年法治政府建设主要工作", S: "二、存在的问题", N: "三、2017年工作打算"},
  topics=[PARTY, FGF, DIG, NDOC, DEC, ADV, THREE, CAP, SUP, OPEN, RECON, DISP, STUDY, PUB],
  notes="Full county report on a portal (发布时间：2017-03-24). Topics judged on part 一. 第一责任人 only as a body sentence in "
        "(七): '县政府主要负责人认真履行推进法治建设第一责任人职责，全年主持召开县政府常务会议专题研究依法行政工作3次' -> implicit. "
        "party-leadership: 领导小组, 2016年依法行政工作要点, 纳入目标管理考核, 专项督查. fangguanfu: 取消审批23项, 权力清单和责任清单, 随机抽查. "
        "digital: 省网上政务服务平台 62项网上申报. normative-docs: 审查18件, 备案, 清理136件. major-decisions: 《重大行政决策程序规定》 "
        "and 合法性审查12件. legal-advisers: 2名律师… 法律意见书46份. three-systems: only 执法全过程记录 (执法记录仪40台), partial. "
        "capacity: 资格考试312人持证, 案卷评查. supervision: 审计局 经济责任审计 (人大建议/政协提案 handled as well). transparency: "
        "主动公开2146条. reconsideration: 复议9件, 行政诉讼14件. disputes: 调解1208件, 领导接访. officials-study: 常务会议会前学法6次. "
        "legal-publicity: 七五普法规划, 法律六进. Near misses: 安全生产大检查 and 专项整治 (campaigns, not emergency); '在县人大及其常委会的"
        "监督支持下' (formula); 三项制度 全面推行 appears only in part 三 (plan). Six-term goal and 纲要(2015—2020年) current for 2016.")

R(3, 2016, "2017-02-20", "东临市地方税务局2016年依法治税工作情况",
  implicit=[M],
  topics=[PARTY, NDOC, CAP, FGF, DIG, RECON, PUB],
  notes="City tax department; title without 报告; '日期：2017年02月20日' -> 2017-02-20. Items 一是…六是 are topical run-in titles: "
        "measures implicit. party-leadership: 依法治税领导小组 adjusted, 党组会专题研究法治税务建设2次, 纳入绩效考评. normative-docs: "
        "合法性审核7件, 清理45件. capacity: 税收执法责任制, 执法考核系统, 执法督察. fangguanfu: 取消非行政许可审批事项, 一窗通办. "
        "digital: 网上办税服务厅, 网上申报率96%. reconsideration: 税务行政复议案件3件. legal-publicity: 深入企业宣讲22场, 培训纳税人. "
        "Near miss: '2017年，市局计划推行重大税务案件集体审理，拟制定…办法' is a plan (major-decisions not counted).")

R(4, 2016, "2017-03-30", "江淮省人民政府关于2016年度依法行政工作情况的报告",
  implicit=[M],
  topics=[PARTY, FGF, DEC, ADV, STUDY],
  doubtful=[OPEN, CAP],
  notes="Province to 国务院; title broken over two lines (joined); 发布日期：2017-03-30. Topical L1 headings: measures implicit. "
        "party-leadership: the opening paragraph names a concrete action, '省政府印发《…实施方案》，明确7个方面46项具体任务' "
        "(preamble with a concrete action, like 047). fangguanfu: 取消和下放58项, 权力清单, 双随机. major-decisions: 《重大行政决策程序规定》. "
        "legal-advisers: 12名…法律顾问, 参与97件次. officials-study: 常务会议会前学法 4次. transparency doubtful: only "
        "'常务会议听取了全省政务公开工作情况汇报，研究部署了推进五公开、加强政策解读等事项' (deliberation) and 抽查事项清单向社会公开 "
        "(a step of 放管服). capacity doubtful: heading '（一）加强行政执法人员管理。全省' cut off. 立法/规章 is not a topic.")

# ---------------------------------------------------------------- 2017
R(5, 2017, "2018-01-26", "望江街道2017年法治政府建设工作报告",
  implicit=[M],
  topics=[PARTY, DEC, ADV, FGF, PUB, DISP, STUDY],
  notes="Street office; 【】 run-in items, all topical: measures implicit. party-leadership: 党工委会议专题研究法治建设3次, 纳入年度目标考核. "
        "major-decisions: '三重一大'集体讨论决定, 21项. legal-advisers: 常年法律顾问, 审查37份, 书面意见. fangguanfu: 便民服务中心 "
        "'一窗受理、集成服务' 46项. legal-publicity: 七五普法 进社区 32场 (七五 current in 2017). disputes: 信访办接待136批次, 调解214件. "
        "officials-study: 国家工作人员网上学法考试 (网上学法 is not digital). The award (全区七五普法中期先进集体) is extra. "
        "'2018年，街道将…行政执法规范化' is a plan: enforcement not counted. 街道主任任领导小组组长 is not 第一责任人.")

R(6, 2017, None, "宁川县住房和城乡建设局2017年度法治政府建设工作报告",
  parts=[M, F, S, N],
  headings={M: "一、工作开展情况", F: "（一）落实法治建设第一责任人制度", S: "二、存在的不足",
            N: "三、2018年工作思路"},
  topics=[PARTY, FGF, CAP, THREE, NDOC, DISP, RECON, EMER, OPEN, PUB, STUDY],
  doubtful=[DEC],
  notes="County department, Word text with addressee line and signature date (no publication label): published null. "
        "第一责任人 as L2 heading inside 一. party-leadership: 党组会议专题研究部署, 领导小组, 工作计划, 纳入考核. fangguanfu: 权力清单/"
        "责任清单, 审批进驻 '一个窗口受理', 时限压缩, 双随机. capacity: 46人持证, 培训2期, 裁量权基准. three-systems: 执法公示 + "
        "执法记录仪12台; no 法制审核 (partial). normative-docs: 报法制办合法性审查, 备案, 清理. disputes: 信访213件, 物业纠纷调解室56起. "
        "reconsideration: 复议1件, 诉讼3件, 局长出庭. emergency: 应急预案修订, 应急演练2次. transparency: 主动公开1620条, 依申请3件. "
        "legal-publicity: 谁执法谁普法 清单, 宪法日, 工地宣传. officials-study: 党组中心组集体学法4次. major-decisions doubtful: only "
        "'局党组会议集体研究干部任用、评先评优、项目资金安排等事项28次' (collective decisions on unrelated matters, cf. 008). "
        "Near misses: '在全县政务服务考评中我局位列县级部门第一名' (ranking; fangguanfu stands on its own evidence); 政务微博 is a "
        "公开 channel, not digital; 法律顾问 only as a plan in 三 ('计划聘请').")

R(7, 2017, "2018-03-16", "临江市人民政府关于2017年法治政府建设工作情况的报告",
  implicit=[M],
  topics=[PARTY, FGF, DIG, THREE, CAP, RECON, OPEN],
  doubtful=[SUP],
  notes="City; 第一/第二 numbering, all topical: measures implicit. '时间：2018-03-16'. party-leadership: 实施方案 52项任务, "
        "常务会议3次专题研究, 纳入综合目标考核. fangguanfu: 取消调整41项, 多证合一. digital: 不见面审批 186个事项网上办. "
        "three-systems: 三项制度 试点 in 5 departments with 配套制度14项 (all three named). capacity: 资格考试, 执法证623本. "
        "reconsideration: 复议156件, 出庭应诉112人次. transparency: 实施细则, 主动公开8900条, 政策解读11次. legal-advisers NOT counted: "
        "'市政府第9次常务会议要求，各县（市、区）政府和市政府各部门要在年底前全面建立法律顾问制度' is an instruction. supervision "
        "doubtful: item 第六 is cut off after '认真办理市人大代表建议和市政协委员提案，' (handling 建议/提案 is not one of the listed "
        "supervision actions). Six-term goal and 纲要(2015—2020年) current for 2017.")

R(8, 2017, None, "河阳县2017年法治政府建设情况",
  implicit=[M],
  topics=[PARTY, THREE, CAP, SUP, OPEN, DISP, RECON],
  doubtful=[FGF],
  notes="County; title without 报告; bare unnumbered lines as headings (topical): measures implicit. '2018年3月2日 星期五' is a "
        "page clock: published null. party-leadership: 县委常委会、县政府常务会议分别听取…汇报, 工作要点, 纳入考核. three-systems: "
        "执法公示专栏 only (partial). capacity: 新上岗执法人员培训2期, 行政执法督查 抽查案卷96卷. supervision: 检察建议3件 整改反馈. "
        "transparency: 主动公开1320条. disputes: 综治中心调处1450件. reconsideration: '县政府作为被告的行政诉讼案件7件，' (figure "
        "stated before the cut). fangguanfu doubtful: the heading '推进简政放权' has only a slogan under it.")

R(9, 2018, "2019-03-08", "柳塘镇2018年度法治政府建设工作报告",
  parts=[M, F, S, N],
  headings={M: "一、2018年法治政府建设主要举措和成效", F: "（一）切实履行推进法治建设第一责任人职责",
            S: "二、存在的不足和原因", N: "三、2019年工作计划"},
  topics=[PARTY, FGF, DEC, ADV, CAP, SUP, OPEN, RECON, DISP, EMER, PUB, STUDY],
  notes="Township full report; '发布时间：2019年3月8日'; signature date 2019年3月5日 is not a publication label. party-leadership: "
        "党委会专题研究, 工作要点21项, 听取汇报4次, 纳入考核. fangguanfu: '最多跑一次' 53项, 承接下放事项, 双随机. major-decisions: "
        "决策规则, 合法性审查 + 集体讨论决定, 座谈会听证会5场. legal-advisers: 常年法律顾问, 审查41份. capacity: 12人持证, 培训3次 "
        "(专项整治 itself is a campaign). supervision: 镇人大主席团专题视察 意见9条 整改; 审计整改6个问题. transparency: 公开栏286期. "
        "reconsideration: 行政诉讼1件 镇长出庭. disputes: 枫桥经验, 调处312起, 接访. emergency: 防汛应急预案, 演练5次, 启动应急响应. "
        "legal-publicity: 七五普法 宪法宣传, 法治文化长廊, 以案释法, 法治进校园. officials-study: 中心组学习宪法修正案, 集中学法6次, "
        "会前学法10次. NOT counted: normative-docs ('全年镇政府未制发行政规范性文件' is no action); three-systems and digital appear "
        "only as plans in part 三.")

R(10, 2018, "2018-12-28", "清河县水利局2018年法治政府建设工作总结",
  implicit=[M],
  topics=[PARTY, FGF, THREE, CAP, EMER, PUB],
  notes="County water department; title '工作总结'; published 2018-12-28, before the year ended (taken literally). Bold-style "
        "run-in items '1.健全…。' are topical: measures implicit. party-leadership: 领导小组, 工作方案 18项, 年底对账考核. fangguanfu: "
        "水利放管服, 精简材料17项, 时限压缩, 进驻政务服务中心. three-systems: 执法公示办法 + 重大执法决定法制审核办法, 4件审核; no "
        "全过程记录 (partial). capacity: 执法培训3次, 19人持证 (河道采砂专项整治 is a campaign). emergency: 防汛抗旱应急预案, 应急演练2次, "
        "应急响应. legal-publicity: 世界水日 宣传 to the public. '下一步，我局将推进…风险评估，探索建立局法律顾问制度' is a plan: "
        "major-decisions and legal-advisers not counted.")

R(11, 2018, "2019-02-27", "西陵省文化和旅游厅2018年法治政府建设情况报告",
  parts=[M],
  headings={M: "一、2018年推进法治政府建设的主要举措和成效"},
  topics=[PARTY, FGF, CAP, PUB, DISP, DEC],
  doubtful=[THREE],
  notes="Provincial department; 发布时间：2019-02-27; half-width (一). party-leadership: 党组会议3次专题研究, 领导小组, 工作要点. "
        "fangguanfu: 下放8项许可, 证照分离, 告知承诺. capacity: 执法人员培训班2期360人, 案卷评查. legal-publicity: 谁执法谁普法 责任清单, "
        "文物保护法宣传100余场 to the public. disputes: 12301 投诉 经调解结案2176件. major-decisions: '(六)推进依法决策。制定《西陵省"
        "文化厅重大行政决策程序规定》，对' - the action is stated before the cut. three-systems doubtful: the unit only forwarded "
        "('转发《国务院办公厅关于全面推行…三项制度的指导意见》') and required the 市县 to implement it; nothing of its own.")

R(12, 2018, "2019-04-10", "锦屏区2018年度法治政府建设报告",
  implicit=[M],
  topics=[PARTY, DEC, DIG, FGF, STUDY, OPEN],
  doubtful=[RECON, NDOC, ADV],
  notes="District; no headings at all; 发布时间：2019-04-10 (after 03-31). party-leadership: 区委成立全面依法治区委员会, 会议2次. "
        "major-decisions: 目录管理办法, 公布目录6项, 社会稳定风险评估3项. digital: 互联网+政务服务 网上可办率85%. fangguanfu: '最多跑一次'"
        "事项比例92%. officials-study: 中心组学法2次, 旁听行政案件庭审4场 (旁听 is study, not reconsideration). transparency: 主动公开2100余条, "
        "依申请47件, 政策解读. Doubtful: '区政府常务会议研究部署了行政复议体制改革、规范性文件管理、政府法律顾问工作等事项' (one verb of "
        "deliberation). The award (全省法治政府建设先进区) is in the preamble and names no topic. '明年…全面推行行政执法三项制度' is a plan.")

R(13, 2019, "2020-03-27", "金沙街道办事处关于2019年度法治政府建设情况的报告",
  parts=[M, S, F, N, O],
  headings={M: "一、2019年推进法治政府建设主要举措和成效", S: "二、存在的不足和原因",
            F: "三、党政主要负责人履行推进法治建设第一责任人职责情况", N: "四、2020年推进法治政府建设主要安排",
            O: "五、其他需要报告的情况"},
  topics=[PARTY, STUDY, FGF, DIG, DEC, ADV, THREE, CAP, OPEN, DISP, PUB, SUP],
  doubtful=[RECON],
  notes="Street office, all five parts by heading (first-responsible at L1). Topics from part 一. party-leadership: 领导小组 "
        "adjusted, 工作要点24项, 纳入综合考核. officials-study: 中心组专题学法4次 (宪法, 土地管理法). fangguanfu: 一窗通办 76项, 企业 "
        "'法治体检'. digital: 38项全程网办. major-decisions: 暂行条例, 合法性审查, 集体讨论决定, 公众参与. legal-advisers: 2名, 论证8次. "
        "three-systems: all three (公示, 执法记录仪, 法制审核2件). capacity: 18人持证, 培训4次. transparency: 公开事项目录, 640余条. "
        "disputes: 枫桥经验, 调解428件. legal-publicity: 七五普法, 宪法宣传周18场. supervision: 审计整改5个问题, 纪工委专项监督 (plus "
        "人大建议/政协提案). reconsideration doubtful: only '全年街道无行政复议、行政诉讼案件' (a zero, no activity). emergency not "
        "counted: 新冠肺炎 防控 is in part 五 and concerns 2020. 新冠肺炎 in a text published 2020-03-27 is not outdated; six-term "
        "goal current for 2019. The intro cites 督察工作规定: not a part.")

R(14, 2019, None, "安远县公安局2019年度法治政府建设工作报告",
  parts=[F], implicit=[M],
  headings={F: "一是严格履行法治建设第一责任人职责。"},
  topics=[PARTY, STUDY, THREE, CAP, FGF, DIG, DISP, PUB],
  doubtful=[RECON],
  notes="County police; Word text, addressee line, signature date: published null. Inline item title '一是严格履行法治建设第一"
        "责任人职责。' names the part; other items topical (measures implicit). party-leadership: 局长主持召开局党委会研究部署法治公安"
        "建设 5次 (concrete 第一责任人 action). officials-study: 带头为全局民警讲授法治课1次. three-systems: 公开处罚决定书312份, "
        "执法记录仪236台 全程记录, 法制审核1460件 (all three). capacity: 执法办案管理中心, 执法资格考试. fangguanfu: 一窗通办, 最多跑一次. "
        "digital: 互联网+政务服务 89项, 网上办理1.6万件. disputes: 联合调解室 1280起. legal-publicity: 法治进校园, 法治副校长. "
        "reconsideration doubtful: only inside the deliberation list '研究部署法治公安建设、行政复议应诉、执法监督等工作'.")

R(15, 2019, "2020-02-28", "川州市人民政府关于2019年度法治政府建设情况的报告",
  parts=[M, F, S, N],
  headings={M: "一、主要举措和成效", F: "1.履行推进法治建设第一责任人职责。", S: "二、存在的问题及原因",
            N: "三、2020年工作安排"},
  topics=[PARTY, STUDY, FGF, DIG, NDOC, DEC, ADV, THREE, CAP, EMER, SUP, OPEN, RECON, DISP, PUB],
  doubtful=[XI],
  notes="City full report; metadata line '发文日期：2020-02-28'; signature 2020年2月26日 ignored. First-responsible as L3 run-in "
        "item. party-leadership: 依法治市委员会会议, 常务会议5次, 督察实施办法 and 专项督察, 考核权重. officials-study: 会前学法12次, "
        "旁听庭审. fangguanfu: 取消调整76项, 证照分离, 营商环境三十条, 双随机. digital: 一网通办 93%, 电子证照. normative-docs: 审核27件, "
        "备案审查63件, 清理. major-decisions: 程序规定, 目录, 专家论证, 听证, 风险评估. legal-advisers: 顾问团15名, 公职律师73名. "
        "three-systems: all three. capacity: 考试, 新取证1120人, 案卷评查. emergency: 总体应急预案, 演练12次, 应急响应. supervision: "
        "人大常委会审议意见 逐项落实, 检察建议17件, 司法建议5件. transparency: 5.6万条, 依申请1160件. reconsideration: 复议418件, 出庭率91%. "
        "disputes: 三调联动, 信访. legal-publicity: 七五普法, 谁执法谁普法, 宪法宣传周. xi-thought doubtful: '中心组专题学习习近平总书记"
        "全面依法治国新理念新思想新战略' (older name, cf. 015). Studying 《优化营商环境条例》《重大行政决策程序暂行条例》 at 会前学法 is "
        "officials-study only. 疫情防控 only as a 2020 plan.")

R(16, 2019, "2020-01-16", "白沙镇人民政府关于2019年度法治政府建设工作情况的报告",
  parts=[M, S, N],
  headings={M: "一、2019年法治政府建设工作开展情况", S: "二、存在的问题", N: "三、2020年工作打算"},
  topics=[PARTY, ADV, CAP, PUB],
  notes="Township extract; title broken over two lines (joined); '时间：2020-01-16'. 一是…五是 run-in items under the measures "
        "heading. party-leadership: 镇党委会议专题研究2次, 领导小组, 纳入考核. legal-advisers: 列席党委会议12次, 法律意见23条. capacity: "
        "9人持证, 培训2次. legal-publicity: 送法下乡10场次. NOT counted: transparency ('镇政府要求各村严格落实村务公开制度' is a demand "
        "on the villages); digital (item 五是 '拟于明年上半年接入…平台，力争…' is a plan despite its heading '推进互联网+政务服务'). "
        "Shortcomings listed without causes.")

R(17, 2020, "2021-03-29", "鹤溪县人民政府关于2020年法治政府建设情况的报告",
  parts=[M, F, S, N],
  headings={M: "一、2020年法治政府建设主要举措和成效",
            F: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
            S: "三、存在的不足和原因", N: "四、2021年工作安排"},
  topics=[XI, PARTY, EMER, NDOC, FGF, DIG, DEC, ADV, THREE, CAP, RECON, DISP, SUP, OPEN, PUB, STUDY],
  notes="County full report, 2020 (after the Nov 2020 conference). Topics from part 一. xi-thought: 县政府党组理论学习中心组于12月"
        "专题学习习近平法治思想; 纳入党校课程. party-leadership: 县政府常务会议专题传达学习中央全面依法治国工作会议精神，研究贯彻落实措施 "
        "(工作要点/考核 are in part 二 as well). emergency: 依法启动一级应急响应, 防控措施依据传染病防治法. normative-docs: 涉疫文件合法性"
        "审核12件, 审核19件, 清理214件. fangguanfu: 权责清单, 告知承诺, 一件事, 不予处罚清单. digital: 网上可办率96%, 不见面审批. "
        "major-decisions: 目录5项, 专家论证, 风险评估. legal-advisers: 列席22次. three-systems: all three with figures. capacity: 案卷评查, "
        "考试, 持证1480人. reconsideration: 复议体制改革, 67件, 出庭率100%. disputes: 调解6800余件. supervision: 人大常委会审议意见 "
        "整改12项, 审计, 检察建议6件. transparency: 主动公开2.7万条. legal-publicity: 七五普法验收, 民法典宣讲160余场 to 群众. "
        "officials-study: 会前学法9次. 新冠肺炎 and 纲要(2015—2020年) are current for a 2020 report published 2021-03-29.")

R(18, 2020, None, "平原县医疗保障局2020年度法治政府建设工作情况",
  implicit=[M],
  topics=[PARTY, FGF, DIG, EMER, PUB],
  notes="County 医保局; title without 报告; the only date is '成文日期：2021-01-20', not one of the accepted publication labels: "
        "published null. Items （一）…（五） topical: measures implicit. party-leadership: 党组会议2次, 领导小组, 年度计划. fangguanfu: "
        "取消证明材料11项, 一窗通办. digital: 异地就医备案网上办、掌上办3200余人次. emergency: '依法落实新冠肺炎疫情防控医疗保障政策', "
        "预付专项资金 (a response action in its own field). legal-publicity: 宣传月, 咨询活动12场 to the public. NOT counted: "
        "enforcement-capacity (打击欺诈骗保专项治理 is a campaign); three-systems only as the 2021 plan.")

R(19, 2020, "2021-02-05", "北山乡2020年法治政府建设工作报告",
  implicit=[M],
  topics=[EMER, STUDY, PUB, DISP],
  doubtful=[FGF, RECON],
  notes="Township portal page; 打印/关闭 footer. 第一责任人 only in the preamble ('乡党委书记切实履行…第一责任人职责'): no part. "
        "emergency: 新冠肺炎疫情防控 卡点6个, 排查3200余人, 居家隔离 (新冠肺炎 current for 2020). officials-study: 司法所为乡机关干部开展"
        "民法典专题讲座. legal-publicity: 集市民法典宣传4场 (public). disputes: 调解87件, 接访46批次, 信访积案. fangguanfu doubtful: "
        "帮助企业办理复工复产手续、解决困难 (help to firms, not a named 放管服/营商环境 measure). reconsideration doubtful: only "
        "'全年未发生行政复议和行政诉讼案件'. Heading '三、推进依法行政' carries only the slogan '严格规范公正文明执法': no enforcement topic.")

R(20, 2020, None, None,
  parts=[M],
  headings={M: "一、2020年推进法治政府建设的主要举措和成效"},
  topics=[XI, FGF, NDOC, ADV, EMER, DISP, CAP],
  doubtful=[DEC],
  notes="County extract with no title and no opening: year from the measures heading. xi-thought: 县政府常务会议第一时间传达学习"
        "习近平法治思想, 党组制定学习宣传贯彻工作方案. fangguanfu: 告知承诺, 一件事, 一窗受理, 双随机联合抽查. normative-docs: 审核14件, "
        "审查报备22件, 通告合法性审核. legal-advisers: 参与46件次, 列席18次. emergency: 依法发布通告, 依法实施交通管控. disputes: 疫情纠纷"
        "调解43件. capacity: 案卷评查150卷, 执法监督意见书9份. major-decisions doubtful: only '法律顾问全年参与重大行政决策…审查论证' "
        "(no procedure step of the unit named). party-leadership not counted: the 工作方案 is for the xi study. The 专题宣讲 is content "
        "of the 方案 (planned, no audience): legal-publicity not counted. Last item cut at '县城管局在'.")

# ---------------------------------------------------------------- 2021
R(21, 2021, "2022-01-18", "城南街道2021年度法治政府建设情况报告",
  parts=[M, F, S, N],
  headings={M: "一、2021年法治政府建设工作情况", F: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
            S: "三、存在的问题和不足", N: "四、2022年工作思路"},
  topics=[PARTY, FGF, DEC, ADV, THREE, CAP, EMER, DISP, PUB, STUDY, OPEN, SUP],
  doubtful=[XI],
  outdated=["七五普法"],
  notes="Street full report; 发布日期：2022年1月18日. Topics from part 一. xi-thought doubtful: the dedicated heading '（一）学习贯彻"
        "习近平法治思想' has only slogans under it ('始终把学习贯彻…作为首要政治任务，坚持用…武装头脑'); the concrete study (纳入中心组"
        "学习计划) is only a plan in part 四. party-leadership: 领导小组, 工作要点22项, 听取汇报4次, 纳入绩效考核. fangguanfu: 综合窗口, "
        "一件事12项, 容缺受理. major-decisions: 三重一大 32项, 居民议事会征求意见 + 合法性审查. legal-advisers: 审查62份, 意见书23份. "
        "three-systems: all three (公示56件, 法制审核3件, 全过程记录 named as 落实). capacity: 28人持证, 行政处罚法培训3次. emergency: "
        "应急预案6个, 演练4次, 疫情措施. disputes: 枫桥, 调解516件, 接访211批次. legal-publicity: 八五普法实施方案, 宪法宣传周 26场. "
        "officials-study: 中心组集体学法4次. transparency: 主动公开480余条, 政务公开专区. supervision: 人大代表视察 意见落实反馈, 审计整改4个问题. "
        "digital NOT counted: '街道党工委会议要求各科室加快推进一网通办' is an instruction. Outdated: '深入推进七五普法' in a 2021 report "
        "(next to the correct 八五普法).")

R(22, 2021, "2022-02-14", "桂水县城市管理综合行政执法局2021年法治政府建设工作总结",
  parts=[M, N],
  headings={M: "一、2021年主要工作", N: "二、下一步打算"},
  topics=[XI, THREE, CAP, STUDY, DIG, RECON, PUB],
  notes="County 城管执法局, '工作总结'; 发布时间：2022-02-14. xi-thought: 局党组理论学习中心组专题学习习近平法治思想2次 + 党校专题辅导. "
        "three-systems: 公示420条, 执法记录仪 覆盖率100%, 法制审核23件 (all three). capacity: 案卷评查120卷, 137人持证. officials-study: "
        "'邀请律师为全局执法队员开展《行政处罚法》专题讲座2场' (staff lecture on a law; the lawyer is a lecturer, so legal-advisers not "
        "counted). digital: 智慧城管平台 受理处置1.4万件 (an online system for enforcement). reconsideration: 复议2件, 诉讼1件, 出庭1次. "
        "legal-publicity: 谁执法谁普法, 广场宣传15场, 商户宣传册 (public).")

R(23, 2021, "2022-03-31", "沅州市人民政府关于2021年法治政府建设情况的报告",
  implicit=[M],
  topics=[XI, STUDY, FGF, SUP],
  doubtful=[CAP],
  outdated=["廉洁高效、守法诚信"],
  notes="City; title broken over two lines (joined); addressee 省人民政府; 发布日期：2022-03-31. Topical L1 headings: measures implicit. "
        "xi-thought: 常务会议 '第一议题' 专题学习4次, 专题培训班2期320人 (study of xi alone: not also officials-study). officials-study: "
        "会前学法8次 民法典、行政处罚法. fangguanfu: 营商环境三年行动方案, 负面清单, 证照分离. supervision: '市政府认真研究处理市人大常委会"
        "对法治政府建设专项工作报告的审议意见，' - the handling of the 人大 review is stated before the cut (cf. 080). capacity doubtful: only "
        "综合行政执法体制改革, 组建5支综合执法队伍 (reform on its own, cf. 054/074). Outdated: the six-term goal '…廉洁高效、守法诚信的法治政府' "
        "in a 2021 report (which also cites the 2021—2025 纲要).")

R(24, 2021, "2022-03-30", "南岭省2021年法治政府建设年度报告",
  parts=[M, S, F, N],
  headings={M: "一、2021年推进法治政府建设的主要举措和成效", S: "二、存在的不足和原因",
            F: "三、党政主要负责人履行推进法治建设第一责任人职责情况", N: "四、2022年工作安排"},
  topics=[XI, PARTY, FGF, DIG, NDOC, DEC, ADV, THREE, CAP, EMER, RECON, DISP, SUP, OPEN, PUB, STUDY],
  notes="Province full report; 发布时间：2022-03-30. Topics from part 一 (all sixteen). xi-thought: '第一议题' 专题学习6次, 党校必修课程, "
        "'八进'宣讲1.1万余场 (also legal-publicity: 宣讲 to 乡村、社区、学校、企业). party-leadership: 依法治省委员会会议, 实施方案, 绩效考核, "
        "督察 整改217个, 示范创建. fangguanfu: 取消下放96项, 证照分离, 告知承诺. digital: 一网通办95%, 电子证照, 互联网+监管. normative-docs: "
        "审核46件, 备案审查318件, 清理. major-decisions: 目录管理办法, five steps. legal-advisers: 240余件, 公职律师4600余名. three-systems: "
        "公示 + 法制审核率100%; 全过程记录 not named (partial). capacity: 培训, 取证2.6万人, 案卷评查. emergency: 总体应急预案, 一级应急响应. "
        "reconsideration: 复议体制改革, 2.1万件, 出庭率97.6%. disputes: 三调联动 68万件. supervision: 司法建议/检察建议136件, 跟踪审计. "
        "transparency: 主动公开210万条. legal-publicity also: 谁执法谁普法 (the 八五普法规划 is only 转发). officials-study: 会前学法10次, "
        "网上学法考试. '科学立法、严格执法、公正司法、全民守法' in the preamble is a formula. 新冠肺炎 is not outdated here (2021, "
        "published 2022-03-30).")

# ---------------------------------------------------------------- 2022
R(25, 2022, "2023-02-16", "杏林镇2022年法治政府建设工作年度报告",
  parts=[M, S, N], implicit=[F],
  headings={M: "一、2022年主要工作举措及成效", S: "二、存在的问题", N: "三、2023年工作计划"},
  topics=[PARTY, XI, STUDY, EMER, FGF, DEC, ADV, CAP, THREE, DISP, PUB, OPEN, SUP],
  outdated=["新冠肺炎"],
  notes="Township full report; 发布时间：2023-02-16. Heading '（一）加强组织领导，压实法治建设责任' does not name the duty; the body "
        "'镇党委书记、镇长严格履行推进法治建设第一责任人职责，年初主持召开…专题会议部署' gives implicit first-responsible. party-leadership: "
        "专题会议部署, 工作要点, 纳入绩效考核. xi-thought: 中心组专题学习习近平法治思想3次. officials-study: 会前学法9次, 法治理论知识考试. "
        "reconsideration NOT counted: only '组织班子成员学习《行政复议法》《行政诉讼法》' (study); disputes stands on 调处235件, 接访, "
        "诉调对接 (not on the 《信访工作条例》 study). emergency: 疫情防控措施, 防汛/森林火灾预案, 演练6次, 抗旱应急响应. fangguanfu: 一窗通办, "
        "一企一专员. major-decisions: 三重一大 27项, 征求意见. legal-advisers: 审查48份, 列席9次. capacity: 承接76项, 8人持证, 培训3次. "
        "three-systems: only 执法公示 (partial). legal-publicity: 八五普法, 宪法宣传周, 法治进校园. transparency: 主动公开410余条. "
        "supervision: 审计整改 (and 人大代表建议15件). Outdated: 新冠肺炎 in a text published 2023-02-16 (after 2022-12-26). Shortcomings "
        "heading without 原因 (causes given in one sentence).")

R(26, 2022, "2023-01-11", "永宁县人力资源和社会保障局2022年度法治政府建设情况报告",
  parts=[M, S, N],
  headings={M: "一、主要工作及成效", S: "二、存在的问题", N: "三、2023年工作打算"},
  topics=[STUDY, DISP, DIG, PUB],
  doubtful=[FGF],
  notes="County 人社局; '【发布时间：2023-01-11】'. officials-study: 局党组会议专题学习《保障农民工工资支付条例》等3次, 法治理论知识考试. "
        "disputes: 仲裁院 调解结案186件, 园区调解工作站 140余件 (the unit's own business). digital: '刷脸'认证 网上认证3.1万人次, 22项业务"
        "全程网办. legal-publicity: 农民工法治宣传9场 to 农民工和用人单位. fangguanfu doubtful: the only 放管服 item is the award "
        "'政务服务窗口被评为全市人社服务快办行动优秀窗口'. enforcement-capacity NOT counted: 根治欠薪冬季专项行动 is a campaign; "
        "three-systems and 一件事 only in the 2023 plan. Shortcomings without causes.")

R(27, 2022, None, "关于全县法治政府建设情况的报告",
  parts=[M],
  headings={M: "一、主要工作情况"},
  topics=[XI, PARTY, FGF, EMER, NDOC],
  doubtful=[RECON, SUP],
  notes="County government's report to the 人大常委会: the title has no year and the subtitle '——2022年10月26日在…会议上' is a "
        "delivery date (published null); year 2022 from the opening '2022年以来'. xi-thought: 常务会议 '第一议题' 专题学习3次. "
        "party-leadership: 示范创建工作方案, 64项指标分解, 每季度调度. fangguanfu: 一件事 15个, 涉企行政执法检查备案. emergency: 依法做好"
        "重点人员管控、隔离场所管理. normative-docs: 指挥部通告、工作方案 经县司法局合法性审核 (涉疫文件, cf. 055). Doubtful: reconsideration "
        "only in '常务会议听取了…行政复议和行政应诉工作情况汇报，研究部署了…出庭应诉等工作'; supervision only because the text is itself "
        "a report to the 人大常委会 ('在县人大及其常委会的监督支持下' is a formula). Item (五) cut off.")

R(28, 2022, "2023-03-30", "泾州市人民政府关于2022年度法治政府建设情况的报告",
  parts=[M, F, S, N],
  headings={M: "一、2022年推进法治政府建设的主要举措和成效", F: "一是切实履行推进法治建设第一责任人职责。",
            S: "二、存在的问题和下一步打算", N: "二、存在的问题和下一步打算"},
  topics=[PARTY, XI, FGF, DIG, DEC, ADV, THREE, CAP, EMER, RECON, DISP, SUP, PUB],
  doubtful=[STUDY, NDOC, OPEN],
  notes="City full report; '日期：2023-03-30'. The combined L1 heading '二、存在的问题和下一步打算' is counted for both shortcomings "
        "and next-year (cf. 060). First-responsible as inline item 一是 under (一). party-leadership: 常务会议4次专题研究, 工作要点, 综合考核, "
        "实地督察 37个问题. xi-thought: '第一议题' 5次, 党校必修课. fangguanfu: 权责清单, 告知承诺286项, 双随机. digital: 一网通办 91%, "
        "电子证照. major-decisions: 目录6项, five steps. legal-advisers: 顾问团126件次, 公职律师680名. three-systems: all three. capacity: "
        "轮训1.2万人次, 案卷评查, 综合执法队伍. emergency: 应急预案, 演练26次, 应急响应. reconsideration: 687件, 出庭率98.7%. disputes: "
        "调解4.3万件, 信访积案. supervision: 检察建议28件, 审计整改. legal-publicity: 八五普法, 宪法宣传周, 青少年法治教育. Doubtful: "
        "officials-study only '市政府部门主要负责人年终述职中报告本部门法治建设情况' (述职, not 述法; 党组会议学习二十大 does not count); "
        "normative-docs only 公平竞争审查 and clearing policy measures (规范性文件审核 appears only as a 2023 plan); transparency only "
        "'按时在市政府门户网站公开2021年度法治政府建设情况报告'. Uses 新冠病毒感染 (correct): nothing outdated.")

# ---------------------------------------------------------------- 2023
R(29, 2023, "2024-01-22", "石门乡2023年法治政府建设工作情况",
  parts=[F], implicit=[M],
  headings={F: "（一）严格履行第一责任人职责。"},
  topics=[PARTY, XI, STUDY, DISP, PUB, ADV],
  doubtful=[DEC],
  outdated=["新冠肺炎"],
  notes="Township; title without 报告; '发布时间：2024年01月22日'. Run-in item '（一）严格履行第一责任人职责。' names the part; other items "
        "topical. party-leadership: 党委会议2次专题研究, 纳入考核. xi-thought: 纳入中心组年度学习计划, 专题学习3次. officials-study: 乡村干部"
        "旁听庭审. disputes: 调解74件. legal-publicity: 八五普法, 为群众开办法治讲座3场, 进校园. legal-advisers: 列席会议并提出法律意见. "
        "major-decisions doubtful: '乡党委会议集体研究重大事项15项' (collective study, no procedure named). Not counted: emergency "
        "('在新冠肺炎疫情防控平稳转段后…恢复线下服务' is an occasion in the preamble), three-systems (2024 plan). Outdated: 新冠肺炎 in a "
        "2023 report.")

R(30, 2023, None, "祁山县农业农村局2023年度法治政府建设工作报告",
  parts=[M, F, S, N],
  headings={M: "一、2023年度法治政府建设工作开展情况", F: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
            S: "三、存在的不足和原因", N: "四、2024年工作安排"},
  topics=[XI, PARTY, FGF, NDOC, ADV, THREE, DIG, CAP, EMER, DISP, RECON, OPEN, PUB, STUDY],
  notes="County department full report; addressee line and signature 2024年1月26日 (no publication label): published null. "
        "Topics from part 一. xi-thought: '第一议题' 专题学习4次, 网络专题培训. party-leadership: 党组会议3次, 工作要点25项, 考核. fangguanfu: "
        "证照分离, 告知承诺, 一窗受理. normative-docs: 合法性审核, 备案, 清理. legal-advisers: 常年法律顾问 + 公职律师, 审查34份. three-systems: "
        "all three. digital: 执法信息平台 and 移动执法APP, 网上办理. capacity: 31人持证, 培训4次, 案卷评查 ('春雷'农资打假 is a campaign). "
        "emergency: 重大动物疫情应急预案, 应急处置演练, 处置3起. disputes: 土地承包纠纷 调解结案59件. reconsideration: 行政诉讼1件 局长出庭. "
        "transparency: 主动公开530余条, 依申请2件. legal-publicity: 谁执法谁普法, 宣传16场, 以案释法28场 to farmers. officials-study: 会前学法8次. "
        "major-decisions NOT counted (only the 2024 plan '对涉农重大政策出台前开展风险评估').")

R(31, 2023, None, None,
  implicit=[M],
  topics=[PARTY, FGF, NDOC, STUDY, PUB],
  doubtful=[XI, SUP, DISP, RECON],
  notes="District extract with no title and no opening; the chrome date is relative ('发布时间：3个月前'): published null. Year "
        "from the first body sentence '2023年以来，区委全面依法治区委员会…'. Topical L1 headings: measures implicit. party-leadership: "
        "委员会全体会议2次, 工作要点, 任务清单. fangguanfu: 一件事18个, 告知承诺1460件, '办不成事'窗口. normative-docs: 审核11件, 备案审查9件. "
        "officials-study: 会前学法10次 (incl. 《行政复议法》), 法治理论考试. legal-publicity: 宪法进社区、进学校32场. Doubtful: xi-thought "
        "'区政府深入学习宣传贯彻习近平法治思想，不断提高…' (body clause, no vehicle); supervision '区纪委监委在全区党风廉政建设工作会议上通报…' "
        "(044/076); disputes and reconsideration only via '区行政争议调解中心…化解行政争议46件' (061/066).")

R(32, 2023, "2024-02-28", "东川省司法厅2023年度法治政府建设情况报告",
  parts=[M],
  headings={M: "一、2023年法治政府建设主要举措和成效"},
  topics=[XI, PUB, PARTY, NDOC, RECON, STUDY, CAP, DISP, FGF, DIG],
  doubtful=[DEC],
  notes="Provincial 司法厅: most topics are the department's own business. '发布日期 2024-02-28' (label without colon). xi-thought: "
        "厅党委中心组专题学习4次. legal-publicity: 习近平法治思想宣讲 '进机关、进企业、进社区、进学校' 1800余场, 受众50余万 (audience stated). "
        "party-leadership: 指导示范创建, 命名示范市县9个. normative-docs: 审核38件, 备案审查286件. reconsideration: 办理省政府行政复议案件1260件. "
        "officials-study: 厅党委会议专题学习新修订的《行政复议法》 (study of a law), 复议人员培训. capacity: 提升行政执法质量三年行动, 培训3.4万人次, "
        "案卷评查. disputes: 人民调解41万件. fangguanfu: 厅本级权责清单, 时限压缩70%. digital: 11项许可'全程网办'. major-decisions doubtful: "
        "'厅党委会议研究审议了《…重大行政决策程序规定（修订草案）》、全省法治督察年度计划等事项' (deliberation list).")

# ---------------------------------------------------------------- 2024
R(33, 2024, "2025-03-18", "凤栖街道2024年法治政府建设年度报告",
  parts=[M, F, S, N, O],
  headings={M: "一、2024年度推进法治政府建设主要举措和成效", F: "1.深入落实第一责任人职责。",
            S: "二、存在的不足和原因", N: "三、2025年度推进法治政府建设主要安排", O: "四、其他需要报告的情况"},
  topics=[PARTY, XI, STUDY, FGF, DEC, THREE, CAP, EMER, DISP, OPEN, PUB],
  doubtful=[ADV, DIG],
  notes="Street full report; numbering 一、/1./（1）, first-responsible as an L2 heading line '1.深入落实第一责任人职责。'. "
        "party-leadership: 党工委会议专题部署, 工作要点31项, 纳入考核. xi-thought: '第一议题' 专题学习4次, 中心组专题研讨. officials-study: "
        "会前学法9次, 法治理论知识考试, 书面述法. fangguanfu: 高效办成一件事13项, 一窗受理, 企业'法治体检'. major-decisions: 集体讨论决定28项, "
        "听证会, 合法性审查. three-systems: 执法公示112条 + 全过程记录; no 法制审核 (partial; the shortcomings confirm it). capacity: 24人持证, "
        "培训5次, 案卷自查. emergency: 应急预案, 演练6次, 防汛应急响应. disputes: 枫桥经验, 486件, 接访156批次. transparency: 主动公开520余条, "
        "依申请3件. legal-publicity: 八五普法, 宪法宣传周24场, 进校园. Doubtful: legal-advisers only as lecturers ('邀请街道法律顾问为社区"
        "居民开展…讲座6场', cf. 025/087); digital only the award '智慧社区平台获评全省数字政府建设优秀案例'. reconsideration not counted: only "
        "the study of the new 《行政复议法》. Part 四 '无。'.")

R(34, 2024, None, "云岭县政务服务和大数据管理局2024年度法治政府建设工作报告",
  parts=[M, F, S, N],
  headings={M: "一、2024年法治政府建设工作情况", F: "二、主要负责人履行法治建设第一责任人职责情况",
            S: "三、存在的问题", N: "四、下一步工作计划"},
  topics=[XI, STUDY, FGF, DIG, OPEN, ADV, DEC, PUB],
  doubtful=[PARTY, DISP, RECON],
  notes="County 政务服务和大数据管理局 (whole-department business: 放管服, digital, 政务公开). Title broken over two lines (joined); "
        "'发文日期：' is empty: published null. Topics from part 一. xi-thought: '第一议题' 专题学习6次, 纳入中心组学习计划, 网络培训. "
        "officials-study: 会前学法10次, 窗口人员法律知识培训. fangguanfu: 高效办成一件事21个, 告知承诺112项, 进驻率100%, 许可事项清单, "
        "拿地即开工. digital: 全程网办92%, 电子证照, 数据共享交换平台. transparency: 标准目录, 主动公开2.4万条, 解读168篇, 依申请86件. "
        "legal-advisers: 常年法律顾问, 审查27份, 意见书5份. major-decisions: '三重一大'集体决策, 集体研究决定重大事项19项. legal-publicity: "
        "'政策进企业'宣讲18场 to 企业负责人, 宣传角. Doubtful: party-leadership (党组会议专题研究, 工作要点, 同考核 appear only in the L1 "
        "first-responsible part 二, outside part 一, the scope EVIDENCE sets for full reports); disputes (12345热线 诉求6.8万件 is neither "
        "信访 nor 调解 as such); reconsideration (only '未发生因信息公开引发的行政复议纠错和行政诉讼败诉'). Part 四 is all plans "
        "('计划于2025年6月前', '拟制定').")

R(35, 2024, "2025-03-28", "平川市2024年度法治政府建设年度报告",
  parts=[M],
  headings={M: "一、主要举措和成效"},
  topics=[DEC, RECON, FGF, SUP],
  doubtful=[CAP, DISP, PUB],
  notes="City portal page ('浏览次数：' empty, 分享到). major-decisions: 常务会议审议通过《重大行政决策程序规定（修订）》, 目录7项, 合法性审查 "
        "+ 集体讨论决定. reconsideration: 复议申请932件, 出庭应诉率100%. fangguanfu: 规范涉企行政检查 (频次下降32%), 免罚轻罚清单412项. "
        "supervision: 人大常委会审议意见 8项整改措施 落实并书面报告 (cf. 080). Doubtful: enforcement-capacity - heading '（二）严格规范公正"
        "文明执法' over 专项整治 campaigns only; disputes - '通过调解和解化解行政争议218件' (行政争议化解, 061/066); legal-publicity - bare "
        "heading '（六）深化法治宣传教育。' at the cut. '统筹推进立法、执法、司法、普法各环节工作' is a formula.")

R(36, 2024, "2025-02-20", "清溪镇2024年度法治政府建设情况",
  implicit=[M],
  topics=[XI, PARTY, STUDY, FGF, PUB],
  notes="Township; no headings; title without 报告; '发布日期：2025/02/20'. xi-thought: '第一议题' 专题学习4次. party-leadership: 党委会议"
        "专题研究3次, 工作要点, 纳入综合考核. officials-study: 会前学法8次. fangguanfu: 高效办成一件事9项, 综合窗口. legal-publicity: 八五普法, "
        "法律明白人150名, 宪法宣传进村入户15场. disputes NOT counted: '镇党委会议要求各村建立矛盾纠纷排查台账' is an instruction and "
        "《信访工作条例》 is only studied. three-systems only in the 2025 plan ('计划为执法人员配备执法记录仪').")

# ---------------------------------------------------------------- 2025
R(37, 2025, "2026-01-30", "安澜县人民政府关于2025年度法治政府建设情况的报告",
  parts=[M, S, F, N, O],
  headings={M: "一、2025年推进法治政府建设主要举措和成效", S: "二、存在的不足和原因",
            F: "三、党政主要负责人履行推进法治建设第一责任人职责情况",
            N: "四、2026年推进法治政府建设主要安排", O: "五、其他需要报告的情况"},
  topics=[XI, PARTY, FGF, NDOC, DEC, ADV, THREE, CAP, EMER, RECON, DISP, SUP, PUB, STUDY],
  doubtful=[DIG],
  notes="County full report, all five parts; 发布时间：2026-01-30. Year from the title (the opening says 2025 是…收官之年). Topics "
        "from part 一. xi-thought: 常务会议 '第一议题' 5次, 中心组专题研讨. party-leadership: 常务会议3次专题研究, 工作要点36项, 综合考核, "
        "终期自评, 实地督察2轮. fangguanfu: 规范涉企行政检查, 一件事30个, 不予处罚清单, 法治体检. normative-docs: 审核16件, 备案审查21件, 清理. "
        "major-decisions: 目录5项 five steps. legal-advisers: 列席24次, 公职律师56名. three-systems: all three. capacity: 执法监督体系, 案卷评查, "
        "培训2100人次, 执法证. emergency: 应急预案, 演练8次, 应急响应. reconsideration: 复议126件, 出庭率100%. disputes: 综治中心 5300余件, "
        "信访积案. supervision: 检察建议9件, 审计整改. legal-publicity: 八五普法验收, 谁执法谁普法420余场. officials-study: 会前学法10次, "
        "旁听庭审. transparency NOT counted: 政务公开 appears only as a shortcoming (二) and a plan (四). digital doubtful: only the "
        "'省行政执法信息平台' used as the channel for 执法公示 and '扫码入企'; 数字法治政府 itself is named only as a shortcoming and a plan. "
        "The 示范县 award in the preamble names no topic.")

R(38, 2025, None, "禾丰县民政局2025年法治政府建设工作总结",
  implicit=[M],
  topics=[XI, STUDY, OPEN, RECON, DIG, PUB],
  notes="County 民政局; '工作总结'; 第一/第二 items, no publication label (signature 2026年1月15日). xi-thought: 纳入中心组年度学习计划, "
        "专题学习3次. officials-study: 学习新修订的《慈善法》, 知识测试. transparency: 低保、特困对象张榜公示12批次. reconsideration: '作为"
        "被申请人的行政复议案件2件，经复议均予维持' (figures only). digital: 社会组织登记事项 网上申请、网上审核. legal-publicity: 婚姻登记处 "
        "民法典婚姻家庭编宣传, 反家暴法宣传6场. Item 第五 is a plan inside the year ('将于三季度前完成…', '拟出台…'): nothing counted "
        "from it. 婚姻家庭辅导室 is not 调解: disputes not counted. 社会组织年检 is not enforcement-capacity.")

R(39, 2025, None, "红岩镇2025年度法治政府建设工作报告",
  parts=[M, F, S, N, O],
  headings={M: "一、2025年度法治政府建设推进情况", F: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
            S: "三、存在的不足及原因", N: "四、2026年工作打算", O: "五、其他需要报告的情况"},
  topics=[PARTY, XI, STUDY, DEC, ADV, THREE, CAP, DISP, EMER, PUB, OPEN],
  doubtful=[FGF, SUP],
  notes="Township full report in Word: addressee line, signature date in Chinese numerals (二〇二六年一月二十日): published null. "
        "Topics from part 一. party-leadership: 领导小组, 党委会议2次专题研究, 工作要点, 纳入考核 (the 3 meetings on the 二十届四中全会 do not "
        "count on their own). xi-thought: 中心组专题学习3次. officials-study: 会前学法7次, 以案释法警示教育 for 镇村干部. major-decisions: "
        "三重一大 24项, 座谈会, 合法性审查. legal-advisers: 审查39份, 意见书12份. three-systems: all three. capacity: 10人持证, 培训4次 "
        "(专项整治 is a campaign). disputes: 枫桥, 198件, 接访, 调解室. emergency: 应急预案, 演练9次, 应急响应. legal-publicity: 宪法宣传12场, "
        "法律明白人, 进校园. transparency: 主动公开460余条. Doubtful: fangguanfu only '梳理镇级履职事项清单…' (048/086); supervision only "
        "人大代表联络站 collecting 立法意见 (033) and 办理镇人大代表建议11件.")

R(40, 2025, "2026-03-25", "北原省人民政府关于2025年度法治政府建设情况的报告",
  parts=[M],
  headings={M: "一、2025年推进法治政府建设的主要举措和成效"},
  topics=[XI, PARTY, FGF, NDOC, DIG, EMER],
  doubtful=[RECON, OPEN, CAP],
  notes="Province to 党中央、国务院; '时间：2026-03-25'. xi-thought: 党组会议、常务会议 '第一议题' 12次, 专题研讨班 (xi alone, so not "
        "officials-study). party-leadership: 纲要终期评估, 年度督察 交办整改. fangguanfu: 涉企行政检查'一码统管', 一件事. normative-docs: "
        "专项清理 规范性文件63件. digital: 一网通办 全程网办96%. emergency: '修订《北原省突发事件总体应急预案》，' stated before the cut. "
        "Doubtful: reconsideration and transparency only in '省政府常务会议听取了全省行政复议、行政应诉、行政执法监督和政务公开等工作情况"
        "汇报'; enforcement-capacity via the same list and '建成…行政执法监督信息系统' (a system, no supervision action reported).")

# ---------------------------------------------------------------- write
def check(records):
    """Every labelled title, part heading, publication date and outdated term must appear in its text."""
    here = Path(__file__).parent
    problems = []
    for r in records:
        text = (here / r["file"]).read_text(encoding="utf-8")
        lines = [ln.strip() for ln in text.split("\n")]
        if r["title"] and r["title"] not in text.replace("\n", ""):
            problems.append((r["file"], "title", r["title"]))
        for part, heading in r["part_headings"].items():
            if not any(ln.startswith(heading) for ln in lines):
                problems.append((r["file"], part, heading))
        if r["published"]:
            y, m, d = r["published"].split("-")
            forms = [r["published"], f"{y}/{m}/{d}", f"{y}年{m}月{d}日", f"{y}年{int(m)}月{int(d)}日"]
            if not any(f in text for f in forms):
                problems.append((r["file"], "published", r["published"]))
        for term in r["terms_outdated"]:
            if term not in text:
                problems.append((r["file"], "term", term))
        if r["year"] is not None and str(r["year"]) not in text:
            problems.append((r["file"], "year", r["year"]))
    assert not problems, problems


if __name__ == "__main__":
    check(RECORDS)
    out = RECORDS.write(Path(__file__).parent)
    print(f"wrote {len(RECORDS)} records to {out}")
