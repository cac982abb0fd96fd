"""Writes labels.json (the hand labels of texts/, under shared/EVIDENCE.md)."""
import json
from pathlib import Path
T = lambda *xs: ["topic." + x for x in xs]
M, S, F, N, O = "part.measures", "part.shortcomings", "part.first-responsible", "part.next-year", "part.other"
recs = []
def L(n, year, pub, title, heads, implicit, topics, doubtful, outdated, notes):
    order = [M, S, F, N, O]
    recs.append({"file": f"texts/h{n:02d}.txt", "year": year, "published": pub, "title": title,
                 "parts": [p for p in order if p in heads], "parts_implicit": implicit,
                 "part_headings": heads, "topics": topics, "topics_doubtful": doubtful,
                 "terms_outdated": outdated, "notes": notes})

L(1, 2016, "2017-01-18", "青石镇2016年度法治政府建设工作报告",
  {M: "一、2016年法治政府建设主要工作", S: "二、存在的问题", N: "三、2017年工作打算"}, [],
  T("party-leadership", "disputes", "legal-publicity", "officials-study"), [], [],
  "Township 2016; chrome (breadcrumb, 发布时间, 字号, 浏览次数). party: 成立…依法行政工作领导小组; 纳入全镇年度目标考核. officials-study: 党委中心组学法…集体学习《宪法》《行政诉讼法》6次. legal-publicity: 制定《青石镇“七五”普法规划》, 法律进村12场. disputes: 排查调处各类矛盾纠纷87件. Near-misses: (五) '加大执法力度，严格依法办事' is generic (no enforcement-capacity, no three-systems); 法律顾问 and 重大事项合法性审查 only in the 2017 plan (legal-advisers, major-decisions not counted). Six-term goal and 七五 are current for 2016.")
L(2, 2017, None, "石门县人民政府关于2017年法治政府建设情况的报告",
  {M: "一、2017年推进法治政府建设的主要举措和成效", S: "二、存在的不足"}, [],
  T("fangguanfu", "normative-docs", "major-decisions", "legal-advisers", "enforcement-capacity", "reconsideration-litigation", "digital"), [], [],
  "County government 2017, 一、（一）1. numbering; addressee 市人民政府： is not a title. fangguanfu: 取消和调整行政审批事项23项, 权力清单和责任清单. digital: 互联网+政务服务, 网上办事大厅 286项网上申报. normative-docs: 规范性文件8件…合法性审查…报市政府备案. major-decisions: 《重大行政决策程序规定》, 公众参与、专家论证、风险评估. legal-advisers: 32个工作部门全部聘请法律顾问. enforcement-capacity: 换发执法证件, 案卷评查. reconsideration: 行政复议案件14件, 应诉21件, 出庭应诉7次. three-systems only in the shortcomings ('三项制度试点工作刚刚起步'): not counted. No xi-thought (2017).")
L(3, 2018, "2019-02-20", "安平县市场监督管理局2018年度法治政府建设工作报告",
  {M: "一、主要工作及成效", S: "二、存在的问题", N: "三、2019年工作计划"}, [],
  T("fangguanfu", "enforcement-three-systems", "enforcement-capacity", "disputes", "legal-publicity"), T("officials-study"), [],
  "County department (市场监管) 2018. three-systems all children: 执法公示86条, 执法记录仪 全过程记录, 12件重大案件法制审核. capacity: 培训4期, 126名执法人员全部持证. fangguanfu: 证照分离, 多证合一, 一窗受理, 双随机 (双随机 is fangguanfu, not three-systems). legal-publicity: 谁执法谁普法 责任制, 宣传活动9场. disputes: 12315 投诉…调解成功1459件. officials-study doubtful: only 执法人员 '法律知识和业务培训' (enforcement training) and 宪法 in the preamble. digital only in the plan (互联网+监管): not counted. Award line alone adds nothing.")
L(4, 2019, None, "城东街道办事处2019年法治政府建设情况报告",
  {M: "一、2019年法治政府建设推进情况", S: "二、存在的不足", N: "三、2020年工作打算"}, [F],
  T("party-leadership", "emergency", "disputes", "transparency"), T("xi-thought"), [],
  "Street office 2019, 一是…二是… inside （一）. first-responsible implicit: 党工委书记…履行推进法治建设第一责任人职责，…主持召开党工委会议4次专题研究法治建设工作. party: that + 《2019年法治政府建设工作要点》. xi-thought doubtful: 2019 older wording '学习贯彻习近平总书记关于全面依法治国的重要论述，党工委中心组专题学习2次' (cf. 089); not officials-study (study of the leader's thought, not of laws). disputes: 枫桥经验, 排查化解213件, 调解工作室, 接访 156批次. transparency: 主动公开…信息286条. emergency: 修订防汛防台应急预案, 应急演练3次. 最多跑一次 and 法律顾问 only in the 2020 plan.")
L(5, 2020, None, "江阳市人民政府关于2020年度法治政府建设情况的报告",
  {M: "一、2020年法治政府建设主要举措和成效"}, [],
  T("xi-thought", "fangguanfu", "normative-docs", "emergency", "reconsideration-litigation", "supervision", "digital"), T("party-leadership"), [],
  "City government 2020. party-leadership doubtful (label revised after the first run): '市政府党组第一时间召开会议传达学习' the 中央全面依法治国工作会议 is a 党组 meeting on the rule of law, but a study meeting, not a mechanism (cf. 001/040). xi-thought: 市政府常务会议专题学习习近平法治思想; 专题培训班 320人 (vehicles). officials-study NOT counted: the only cadre training is on 习近平法治思想 (xi only per rule). emergency: 依法启动…一级响应, 依法发布通告18期. normative-docs: 涉疫情防控文件开展合法性审核37件 (cf. 055). fangguanfu: 优化营商环境若干措施, 一窗受理, 证照分离. digital: 一网通办, 网上可办率98%, 电子证照, 不见面审批. reconsideration: 复议312件, 出庭应诉率96%. supervision: 司法建议4件、检察建议11件全部按期整改回复. 纲要(2015—2020年) is current in 2020.")
L(6, 2021, None, "桃源县教育局2021年度法治政府建设工作报告",
  {M: "一、主要举措和成效", S: "二、存在的不足和原因"}, [],
  T("party-leadership", "legal-advisers", "disputes", "legal-publicity", "officials-study"), T("transparency"), [],
  "County department (教育局) 2021, '1.' numbering. party: 纳入年度工作要点…同考核; 党组会议4次专题研究依法治校. officials-study: 党组会前学法10次 (民法典…); 网上学法考试 (that is officials-study, NOT digital). legal-publicity: 八五 法治宣传教育规划, 法治副校长, 宪法进校园 120余场. legal-advisers: 组建…学校法律顾问团…法律咨询46次，审查合同19份. disputes: 调处家校纠纷…29起. fangguanfu NOT counted: only 机构改革 (内设机构调整). transparency doubtful: only '本报告已在县政府门户网站公开' (publishing the report itself). xi only in preamble ('坚持以习近平法治思想为指导').")
L(7, 2022, "2023-02-15", "永宁县卫生健康委员会2022年法治政府建设年度报告",
  {M: "一、2022年法治政府建设主要工作", S: "二、存在的不足", N: "三、2023年工作安排"}, [],
  T("xi-thought", "enforcement-three-systems", "enforcement-capacity", "emergency", "transparency", "digital"), T("fangguanfu"), ["新冠肺炎"],
  "County department (卫健委) 2022, published 2023-02-15 (after the 2022-12-26 rename): 新冠肺炎 outdated. xi: 纳入理论学习中心组年度学习计划，专题学习4次. emergency: 依法实施隔离管控, 修订突发公共卫生事件应急预案, 应急演练6次. three-systems: 公示行政处罚信息53条, 执法记录仪, 法制审核. capacity: 卫生监督员执法业务培训3期. transparency: 主动公开…412条, 依申请公开3件. digital: 电子证照, 全程网办. fangguanfu doubtful: heading '推行便民审批' but the content is the digital items. officials-study NOT counted: only 习近平法治思想专题网络培训 (xi only). 谁执法谁普法 and 双随机 only in the 2023 plan.")
L(8, 2023, "2024-03-12", "西川省自然资源厅2023年法治政府建设情况报告",
  {M: "一、2023年推进法治政府建设的主要举措和成效", S: "二、存在的不足和原因", N: "三、2024年主要安排"}, [],
  T("normative-docs", "major-decisions", "legal-advisers", "reconsideration-litigation", "supervision", "digital"), T("fangguanfu"), [],
  "Provincial department 2023; chrome 时间：, 字号. normative-docs: 审核厅规范性文件11件…报省政府备案; 专项清理 废止5件 (立法调研 in 1. is not normative-docs). major-decisions: 重大行政决策事项目录, 社会稳定风险评估, 公开征求意见. legal-advisers: 公职律师14名…审查合同62份. reconsideration: 复议47件, 应诉83件, 出庭5次, 败诉率. supervision: 审计整改18项, 检察建议2件 整改回复. digital: 一网通办, 电子证照互认共享. fangguanfu doubtful: 不动产登记 一网通办 could be read as 政务服务 reform. three-systems and 营商环境 only in the 2024 plan; legal-publicity only in shortcomings/plan.")
L(9, 2024, None, "柳河乡人民政府2024年度法治政府建设工作报告",
  {S: "存在的不足", N: "2025年工作打算"}, [M, F],
  T("party-leadership", "enforcement-capacity", "disputes", "legal-publicity", "officials-study"), T("transparency"), [],
  "Township 2024, headings as unnumbered bold lines. measures implicit (topical headings only). first-responsible implicit: 乡党委书记、乡长切实履行推进法治建设第一责任人职责，全年召开乡党委会议3次专题研究. party: that + 纳入村年度综合考核. officials-study: 会前学法…《行政复议法》《信访工作条例》…8次; 法律知识考试. These studies do NOT give reconsideration-litigation or disputes (study only). enforcement-capacity: 执法人员9名全部取得执法证件; 案卷自查24卷. disputes: 综治中心、村调委会…受理各类矛盾纠纷96件 (枫桥经验). legal-publicity: 法律明白人培训, 宪法宣传周 送法下乡. transparency doubtful: heading '深化政务公开' over the slogan '坚持以公开为常态、不公开为例外' only. 合法性审查, 法律顾问, 一件事 only in the 2025 plan.")
L(10, 2025, None, "云岭区人民政府关于2025年度法治政府建设情况的报告",
  {M: "一、主要举措和成效", S: "二、存在的不足和原因", N: "三、2026年工作安排"}, [],
  T("xi-thought", "fangguanfu", "major-decisions", "enforcement-capacity", "disputes", "reconsideration-litigation"), T("officials-study"), [],
  "District government 2025 (收官之年). xi: 常务会议…第一议题学习6次; 专题读书班 (xi only, so not officials-study by itself). fangguanfu: 高效办成一件事 28个, 企业法治体检68家次. major-decisions: 合法性审查…集体讨论决定. capacity: 评查案卷300卷; 执法人员…培训1120人次. officials-study doubtful: only 执法人员 '公共法律知识培训'. disputes: 综治中心…受理矛盾纠纷2160件. reconsideration: 复议申请486件. transparency, digital (互联网+监管), legal-publicity (八五/九五) only in the 2026 plan: not counted.")
L(11, 2016, None, "东江省交通运输厅2016年法治政府建设情况报告",
  {M: "一、2016年法治政府建设工作情况", S: "二、存在的主要问题", N: "三、2017年工作安排"}, [],
  T("party-leadership", "fangguanfu", "normative-docs", "enforcement-capacity", "transparency"), [], [],
  "Provincial department 2016. party: 党组会议专题研究部署2次, 工作要点, 纳入年度目标考核. fangguanfu: 取消审批7项、下放3项, 权力清单和责任清单. normative-docs: 合法性审查的规范性文件9件, 备案9件. capacity: 执法人员轮训5200人次, 案卷评查860卷 (治超 campaign alone would not count). transparency: 主动公开1860条, 依申请22件. supervision NOT counted: only the formula '在省人大的监督支持下' in the preamble. legal-publicity only in shortcomings; 法律顾问 only in plan.")
L(12, 2017, "2018-01-09", "南湖街道2017年法治政府建设工作总结",
  {}, [M, N],
  T("party-leadership", "fangguanfu", "legal-advisers", "disputes", "legal-publicity", "officials-study"), [], [],
  "Street office 2017, no headings at all (one paragraph + plan). Date from '时间：2018-01-09'. party: 把法治建设纳入街道年度重点工作…同考核，年终…考评. legal-advisers: 聘请律师…担任常年法律顾问，审查合同28份. disputes: 来信来访94件次全部按期办结; 调解邻里纠纷61起 (法律顾问 参与信访接待 also). fangguanfu: 一窗受理, 最多跑一次. legal-publicity: 七五普法, 法律进社区24场, 法治文化长廊. officials-study: 旁听庭审1次, 集体学法6次. Near-misses: '坚持依法决策、科学决策、民主决策' slogan (major-decisions not counted); '严格执法、公正司法、全民守法' formula; '党委领导、政府负责…' formula; '认真做好防汛、森林防火等工作' is generic (emergency not counted); 政务公开 and 互联网+政务服务 only after '下一步，街道将'.")
L(13, 2018, None, "平阳县国土资源局2018年法治政府建设工作报告",
  {M: "一、主要做法", S: "二、存在问题", N: "三、下一步打算"}, [],
  T("fangguanfu", "major-decisions", "legal-publicity", "officials-study"), [], [],
  "County department (国土资源局, pre-2019 name) 2018; '1、' numbering. officials-study: 党组中心组集体学习宪法修正案2次; 宪法知识测试. legal-publicity: 宪法日…深入社区开展宪法宣传. fangguanfu: 双随机一公开 (随机抽查事项清单, 抽查15家); 不动产登记 一窗受理, 时限压缩. major-decisions: '三重一大'集体决策制度，集体研究决定重大事项21项. Near-misses: 卫片执法检查, 立案查处37宗, 专项整治行动 are enforcement actions (not enforcement-capacity); 双随机 '抽查结果全部向社会公开' is not 执法公示 (three-systems not counted); 法律顾问 and 全过程记录 only in the plan.")
L(14, 2019, None, "中原省人民政府关于2019年法治政府建设情况的报告",
  {M: "一、2019年法治政府建设主要工作和成效"}, [],
  T("party-leadership", "fangguanfu", "normative-docs", "major-decisions", "enforcement-three-systems", "transparency", "digital"), [], [],
  "Province 2019. party: 常务会议研究法治政府建设工作4次; 督察实施办法, 对10个省辖市开展督察. fangguanfu: 行政许可事项压减, 证照分离. digital: 互联网+政务服务 平台, 网上可办率92%. major-decisions: 重大行政决策程序规定; 合法性审查. normative-docs: 备案审查…315件，纠正12件. three-systems: 三项制度 named, 执法信息公示平台, 全过程记录, 法制审核. transparency: 主动公开3.6万条, 政策解读420篇. emergency NOT counted: only 安全生产大检查. No xi-thought (2019).")
L(15, 2020, None, "白沙县2020年法治政府建设工作报告",
  {M: "一、2020年主要工作", S: "二、存在的问题", N: "三、2021年工作安排"}, [],
  T("party-leadership", "emergency", "reconsideration-litigation"), T("fangguanfu", "enforcement-capacity"), [],
  "County 2020. Preamble slogan '统筹推进依法行政、严格规范执法、深化普法宣传、加强权力监督' gives nothing (legal-publicity, supervision not counted). emergency: 依法启动…一级应急响应, 依法发布疫情防控通告12期. reconsideration: 组建县行政复议局…受理复议案件38件. party: 依法治县办…专项督察，督察结果纳入年度绩效考核. enforcement-capacity doubtful: only 乡镇综合行政执法改革 (综合执法 reform on its own, cf. 054/074); fangguanfu doubtful: 处罚权赋予乡镇 (delegation to 乡镇, cf. 055 赋权). xi-thought, three-systems, 政务公开, 八五普法 only in the 2021 plan. 新冠肺炎 in a 2020 report with no publication date: not outdated.")
L(16, 2021, "2022-01-25", "清溪县应急管理局2021年度法治政府建设情况报告",
  {M: "一、工作开展情况", S: "二、存在的不足", N: "三、下一步工作安排"}, [],
  T("xi-thought", "enforcement-three-systems", "enforcement-capacity", "emergency", "legal-publicity", "officials-study"), [], [],
  "County department (应急管理局) 2021. xi: 作为“第一议题”，专题学习5次. officials-study: 赴县法院旁听庭审1次. three-systems: 公示…行政处罚决定公示率100%, 执法记录仪 (publicity+recording; legal-review child missing). capacity: 执法能力提升培训, 22名执法人员全部持证 (安全生产大检查 itself would not count). emergency: 修订突发事件总体应急预案, 演练5场, 依法启动Ⅲ级应急响应. legal-publicity: 谁执法谁普法, 宣传进企业、进社区14场. digital only in plan (互联网+执法).")
L(17, 2022, "2023-03-08", "红岩镇2022年法治政府建设年度报告",
  {M: "一、主要举措和成效", S: "二、存在的不足和原因", N: "三、2023年工作安排"}, [F],
  T("party-leadership", "fangguanfu", "legal-advisers", "disputes", "reconsideration-litigation", "transparency", "legal-publicity", "officials-study"), [], ["新冠肺炎"],
  "Township 2022 with a table rendered as text. first-responsible implicit: 镇党委书记切实履行…第一责任人职责，主持召开镇党委会议专题研究. party: that + 纳入镇年度目标考核; table '镇党委会议研究法治建设 4次'. Table rows with figures are evidence: officials-study '会前学法 12次'; legal-advisers '法律顾问审查合同 23份'; disputes '矛盾纠纷排查调处 146件'; reconsideration '行政应诉案件 2件'; transparency '政府信息主动公开 318条'. fangguanfu: 便民服务中心进驻事项168项, 一窗通办. legal-publicity: 民法典进农村, 宪法宣传周, 法律明白人, 法治文化主题公园. emergency NOT counted: 新冠肺炎 only as the occasion in the preamble. 新冠肺炎 outdated (published 2023-03-08). 枫桥 only in plan.")
L(18, 2023, None, "滨海市2023年法治政府建设年度报告",
  {M: "一、2023年法治政府建设主要举措和成效", S: "二、存在的不足和原因", N: "三、2024年工作安排"}, [],
  T("xi-thought", "party-leadership", "major-decisions", "legal-advisers", "supervision", "officials-study"),
  T("fangguanfu", "normative-docs", "enforcement-capacity", "reconsideration-litigation", "digital"), [],
  "City 2023. xi: 党组理论学习中心组专题学习习近平法治思想3次. officials-study: 常务会议会前学法11次. party: 常务会议…研究部署…推动法治政府建设重点任务落实 under heading 加强党对法治政府建设的领导 (示范市 in the preamble alone would not count). The list '研究部署行政审批制度改革、规范性文件清理、行政复议体制改革、行政执法监督等工作' shares one verb of deliberation: fangguanfu, normative-docs, reconsideration-litigation, enforcement-capacity doubtful. major-decisions: 事项目录, 公众参与、专家论证… legal-advisers: 法律顾问列席常务会议22次, 审核合同138份. supervision: 办理市人大常委会…专项审议意见…整改问题12项 (cf. 080). digital doubtful: only '一网通办…排名第一' and 获评优秀案例 (ranking/award; also fangguanfu). three-systems only in plan.")
L(19, 2024, None, "北原省市场监督管理局2024年法治政府建设情况报告",
  {M: "一、2024年法治政府建设主要举措及成效", S: "二、存在的不足和原因", N: "三、2025年工作安排"}, [F],
  T("xi-thought", "party-leadership", "enforcement-capacity", "reconsideration-litigation", "legal-publicity"), T("fangguanfu", "normative-docs"), [],
  "Provincial department 2024. first-responsible implicit: 局党组书记、局长认真履行…第一责任人职责，党组会议4次专题研究. party: that + 工作要点 + 纳入…绩效考核. xi: 中心组专题学习3次, 专题培训班 (xi only, officials-study not counted). capacity: 案卷评查1200卷, 执法人员网络培训, 裁量权基准. reconsideration: 应诉58件, 出庭应诉4次. legal-publicity: 民法典宣传月, 以案释法直播. normative-docs and fangguanfu doubtful: only 公平竞争审查 of 政策措施 and clearing them (cf. 069/083). 双随机, 法律顾问/公职律师 only in the 2025 plan.")
L(20, 2025, "2026-02-26", "永丰县住房和城乡建设局2025年度法治政府建设情况报告",
  {M: "一、2025年工作开展情况", S: "二、存在的不足", N: "三、2026年工作思路"}, [F],
  T("party-leadership", "fangguanfu", "enforcement-three-systems", "disputes"), T("supervision"), [],
  "County department (住建局) 2025. first-responsible implicit: 局主要负责人履行…第一责任人职责，年初召开法治建设专题会议部署. party: that + 纳入各股室年度考核. three-systems: 重大执法决定法制审核制度，法制审核…26件 (legal-review child only: partial). enforcement-capacity NOT counted: 建筑市场执法检查, 查处12起 is enforcement itself. disputes: 排查, 化解物业服务纠纷、欠薪纠纷43件. fangguanfu: 告知承诺制, 联合验收. supervision doubtful: '主动向县人大常委会报告…工作情况' without more (cf. 009/077). 法律顾问, 合法性审查, 政务公开, 互联网+监管 only in the 2026 plan.")
L(21, 2016, "2017-02-22", "青浦区2016年法治政府建设情况报告",
  {}, [M, N],
  T("fangguanfu", "normative-docs", "major-decisions", "legal-advisers", "enforcement-capacity", "transparency"), [], [],
  "District 2016, top-level '1.' topical items, no part heading: measures implicit. Date '日期：2017-02-22'. major-decisions: 常务会议讨论决定重大事项前…合法性审查，审查重大行政决策事项17项; 听证会3次. legal-advisers: 22个部门全部聘请法律顾问, 参与重大事项研究45次. normative-docs: 全面清理，废止23件. fangguanfu: 审批事项156→98, 多证合一, 中介服务清理. capacity: 行政执法监督检查, 案卷评查320卷. transparency: 五公开, 主动公开2360条. 信访 and 普法 only in the closing plan sentence ('2017年，区政府将…'): disputes, legal-publicity not counted.")
L(22, 2017, None, "龙井镇人民政府2017年度法治政府建设工作报告",
  {}, [M, S, N],
  T("party-leadership", "disputes", "transparency", "legal-publicity", "officials-study"), [], [],
  "Township 2017, no headings: run-in items 一是…五是 with topical titles (measures implicit); '存在的问题主要是' is a sentence, not a heading. party: 列入重要议事日程, 成立…领导小组, 年底专项检查. officials-study: 常务会议会前学法11次; 党校依法行政专题培训. legal-publicity: 法律六进, 集中宣传15次. disputes: 调解纠纷56件; 接访日 接待来访128人次. transparency: 政务公开栏…公开…信息168条. emergency NOT counted: 安全生产检查32次. supervision NOT counted: heading words '接受群众监督' only. 村级法律顾问 only in the 2018 plan.")
L(23, 2018, None, "安庆县人力资源和社会保障局2018年法治政府建设工作报告",
  {M: "一、2018年法治政府建设工作情况", S: "二、存在的不足", N: "三、2019年工作计划"}, [],
  T("fangguanfu", "disputes", "legal-publicity"), T("major-decisions", "reconsideration-litigation"), [],
  "County department (人社局) 2018. disputes: 劳动人事争议…调解结案208件, 调解工作站. fangguanfu: 一窗受理, 取消证明材料14项. legal-publicity: 谁执法谁普法, 《劳动合同法》宣传20场. enforcement-capacity NOT counted: 劳动保障监察 cases and 根治欠薪专项行动 are enforcement itself. reconsideration doubtful: '本年度我局无行政复议和行政诉讼案件' (reports the topic, no action). major-decisions doubtful: heading '推进依法科学民主决策' over the slogan '坚持科学决策、民主决策、依法决策'. 全过程记录 and 法律顾问 only in the plan.")
L(24, 2019, None, "东海省生态环境厅2019年度法治政府建设情况报告",
  {M: "一、2019年推进法治政府建设的主要举措", S: "二、存在的不足和原因", N: "三、2020年工作安排"}, [],
  T("fangguanfu", "enforcement-three-systems", "reconsideration-litigation", "transparency"), T("enforcement-capacity"), [],
  "Provincial department 2019. Preamble cites '习近平总书记关于全面依法治国的重要论述' as guide: nothing. normative-docs NOT counted: (一) is 立法 (条例修订, 草案起草). fangguanfu: 环评审批权限下放, 告知承诺制. three-systems: 三项制度, 执法记录仪1100余台, 法制审核. enforcement-capacity doubtful: only 自由裁量权细化标准 (执法规范化 in a wide sense) and 专项执法 (not counted). reconsideration: 复议28件、诉讼19件, 无败诉. transparency: 环评信息公开3200余条, 依申请45件. 持证, 法律顾问, 七五普法 only in the 2020 plan.")
L(25, 2020, "2021-01-20", "桂花乡2020年度法治政府建设工作报告",
  {S: "二、存在的不足", N: "三、2021年工作打算"}, [M],
  T("emergency", "disputes", "legal-publicity", "officials-study"), [], [],
  "Township 2020; breadcrumb '政务公开' is chrome. Only topical L1 '一、全力推进依法行政': measures implicit. Preamble '党委领导、政府负责、社会协同、公众参与、法治保障' and '法定职责必须为…' are formulas (party-leadership not counted). emergency: 制定…疫情防控应急预案, 应急处置演练2次. legal-publicity: 民法典宣讲团深入12个村巡回宣讲, 资料5000份. officials-study: 中心组专题学习《民法典》2次, 专题辅导. disputes: 调处矛盾纠纷48件. (五) '严格规范公正文明执法' is a slogan (no enforcement topic). 法律顾问, 习近平法治思想, 八五 only in the 2021 plan. 新冠肺炎 published 2021-01-20: not outdated.")
L(26, 2021, None, "金山区人民政府2021年法治政府建设年度报告",
  {M: "一、2021年法治政府建设主要举措和成效", S: "二、存在的不足和原因"}, [],
  T("fangguanfu", "normative-docs", "major-decisions", "reconsideration-litigation", "transparency", "legal-publicity"), T("xi-thought", "enforcement-capacity", "supervision"), [],
  "District 2021. xi-thought doubtful: heading '深入学习宣传贯彻习近平法治思想' over a bare clause with no vehicle ('深入学习宣传贯彻习近平法治思想，不断提高…', cf. 004/059). fangguanfu: 权责清单 5123项, 证照分离. normative-docs: 合法性审核7件, 备案审查15件. major-decisions: 事项目录, 公众参与、风险评估、合法性审查. enforcement-capacity doubtful: only 组建综合行政执法局 (综合执法 reform alone). reconsideration: 新收复议231件. transparency: 主动公开4286条, 政策解读96篇. legal-publicity: 编制八五普法规划. supervision doubtful: 人大常委会审议通过 the 普法规划 (人大 action, not review of the administration with 整改).")
L(27, 2022, None, "松江县2022年度法治政府建设情况报告",
  {M: "一、主要举措和成效", S: "二、存在的不足和原因", N: "三、2023年工作安排"}, [],
  T("party-leadership", "legal-advisers", "enforcement-three-systems", "emergency", "officials-study"),
  T("fangguanfu", "normative-docs", "major-decisions", "disputes", "reconsideration-litigation"), [],
  "County 2022. Preamble summary list '在推进依法行政、优化营商环境、化解矛盾纠纷等方面取得积极成效': fangguanfu, disputes doubtful. '常务会议先后12次研究部署法治政府建设、重大行政决策、规范性文件管理、行政复议应诉等工作': party counted (常务会 deploying 法治政府建设, plus 目标责任书…考核); major-decisions, normative-docs, reconsideration doubtful (deliberation list; 法律顾问 '参与重大事项论证' is weak too). legal-advisers: 全部落实法律顾问制度, 审查合同560份. three-systems: 公示平台3600条, 执法记录仪420台, 法制审核率100%. officials-study: 领导干部法治专题讲座2期. emergency: 依法启动防汛Ⅳ级应急响应, 转移群众1.2万人.")
L(28, 2023, "2024-01-26", "湖滨街道2023年度法治政府建设工作报告",
  {M: "一、2023年主要工作举措及成效", S: "二、存在的不足", N: "三、2024年工作打算"}, [],
  T("xi-thought", "disputes", "legal-publicity"), T("legal-advisers", "supervision", "digital"), [],
  "Street office 2023. xi: 习近平法治思想进社区、进楼宇、进企业宣讲23场 (八进, vehicle). legal-publicity: the same 宣讲 to 居民3000余人; 公众号 普法文章52篇 (民主法治示范社区 award alone would be doubtful). disputes: 调解室调解邻里纠纷118起. digital doubtful: only an award (获评最佳应用). legal-advisers doubtful: 社区法律顾问 for residents, used for 普法讲座 (cf. 025/087). supervision doubtful: 纪工委廉政教育 (cf. 044/076). party-leadership NOT counted: only '在区委区政府的坚强领导下'.")
L(29, 2024, None, "平川县人民政府关于2024年度法治政府建设情况的报告",
  {M: "一、2024年法治政府建设主要举措和成效", S: "二、存在的不足和原因", N: "三、2025年工作安排"}, [],
  T("xi-thought", "party-leadership", "fangguanfu", "officials-study"),
  T("legal-advisers", "disputes", "reconsideration-litigation", "transparency"), [],
  "County 2024. xi: 第一议题制度，专题学习习近平法治思想4次. party: 常务会议研究法治政府建设工作3次; 法治督察反馈问题整改. fangguanfu: 双随机、一公开 抽查2100户. Near-misses: '加大执法检查力度，立案查处…1342件' and 专项执法行动 are enforcement itself (enforcement-capacity and three-systems not counted; 双随机 is not three-systems). disputes and reconsideration doubtful: 行政争议实质性化解 (cf. 061/066). officials-study: 法律顾问团成员为县直部门干部作《行政复议法》专题讲座2场 (lecture for officials counts; the 复议法 lecture is NOT reconsideration); legal-advisers doubtful (advisers only as lecturers). transparency doubtful: publishing the annual report itself. 三项制度, 持证, 八五 only in plan.")
L(30, 2025, "2026-02-10", "临江市城市管理局2025年度法治政府建设工作报告",
  {}, [M, S, N],
  T("xi-thought", "normative-docs", "enforcement-three-systems", "enforcement-capacity", "disputes"), [], [],
  "City department (城管局) 2025; run-in （一）… headings ending in 。, no part heading; shortcomings and plan are sentences in the last paragraph (no heading). xi: 中心组…专题研讨2次; 纳入新录用执法人员岗前培训必修课程. capacity: 培训执法队员136人. three-systems: 公示…, 执法记录仪 全过程音像记录, 法制审核41件. 柔性执法/不予处罚清单 (no extra topic needed). disputes: 受理…信访事项86件. normative-docs: 全部经合法性审核，并报市政府备案. digital (数字城管, 互联网+执法) only in the 2026 plan.")
L(31, 2016, "2017-01-12", "长宁县卫生和计划生育局2016年法治政府建设工作总结",
  {S: "六、存在的不足"}, [M, N],
  T("party-leadership", "disputes", "officials-study"), T("legal-publicity"), [],
  "County department (卫计局) 2016; breadcrumb '政务公开' is chrome (transparency not counted). Topical L1 headings: measures implicit; '六、存在的不足。' is a run-in heading naming shortcomings. party: 成立局依法行政工作领导小组. officials-study: 中心组学习《中医药法》…5次; 法律知识考试. disputes: 医疗纠纷人民调解委员会…调处成功23起. enforcement-capacity NOT counted: 打击非法行医专项行动, 监督检查182家次 (enforcement itself). legal-publicity doubtful: only the award '六五普法先进单位' (七五, 谁执法谁普法 only in the 2017 plan); three-systems (公示制度) only in plan.")
L(32, 2017, "2018-03-20", "西江市人民政府2017年度法治政府建设情况报告",
  {M: "一、2017年法治政府建设主要工作", S: "二、存在的问题"}, [],
  T("disputes", "reconsideration-litigation", "supervision", "transparency", "digital"), T("fangguanfu"), [],
  "City 2017; chrome '日期：2018-03-20'. Preamble '在市委的坚强领导下，在市人大、市政协的监督支持下': formulas (party-leadership not counted). supervision: 司法建议9件、检察建议14件…反馈整改; 审计…已整改到位. transparency: 政务公开实施细则, 主动公开2.3万条, 依申请412件. reconsideration: 复议申请205件. disputes: 领导干部接访下访, 接访410批次. digital: 网上审批, 不见面审批, 网上办件量61%. fangguanfu doubtful: 不见面审批 is also a 政务服务 reform.")
L(33, 2018, "2019-01-30", "朝阳街道2018年法治政府建设工作报告",
  {M: "一、2018年工作情况", S: "二、存在的不足", N: "三、2019年工作思路"}, [],
  T("major-decisions", "legal-advisers", "enforcement-capacity", "legal-publicity"), [], [],
  "Street office 2018. Preamble '坚持党委领导、人大监督、政府负责、社会参与' and '在区委、区政府的坚强领导下': formulas (party-leadership, supervision not counted). legal-publicity: 宪法宣传周, 宪法宣传栏12块, 文艺演出3场 (the award alone would be doubtful). major-decisions: '三重一大'…党工委会议集体讨论决定重大事项18项. legal-advisers: 聘请律师…担任街道法律顾问，审核合同32份. capacity: 组建综合执法中队 + 业务培训4次, 全部持证. 扫黑除恶/雪亮工程: no topic. 政务公开, 互联网+ only in the 2019 plan.")
L(34, 2019, "2020-03-26", "丰乐县2019年度法治政府建设工作报告",
  {M: "一、主要工作举措和成效", S: "二、存在问题", N: "三、2020年工作打算"}, [],
  T("party-leadership", "fangguanfu", "enforcement-capacity", "emergency", "digital"), [], [],
  "County 2019. Preamble slogan '坚持科学决策、民主决策、依法决策' (major-decisions not counted; 风险评估/合法性审查 only in the 2020 plan). party: 县委常委会会议专题听取法治政府建设工作汇报2次. fangguanfu: 最多跑一次, 进驻率98%. digital: 23个部门412类数据共享, 互联网+监管系统. capacity: 执法资格考试 568人. normative-docs NOT counted: (五) drafting 管理办法 '等规范性文件5件' is 制度建设 (cf. 072), no review/filing/clearing. emergency: 非洲猪瘟疫情应急预案, 依法处置疫情3起. 政务公开, 法律顾问 only in plan.")
L(35, 2020, "2021-02-03", "黄石县交通运输局2020年法治政府建设工作报告",
  {M: "一、主要成效", S: "二、存在问题", N: "三、2021年工作打算"}, [],
  T("normative-docs", "enforcement-three-systems", "enforcement-capacity", "emergency", "legal-publicity"), [], [],
  "County department (交通运输局) 2020; '一是…' items as run-in headings. emergency: 疫情…交通检疫站5个, 依法实施交通管控, 应急运输. three-systems: 执法记录仪28台，实现执法全过程记录 (recording only: partial). capacity: 执法规范化建设 — 制定执法程序规范. normative-docs: 规范性文件…全面清理，废止2件. legal-publicity: 路政宣传月, 《公路法》宣传. xi-thought, 八五, 公示制度 only in the 2021 plan; 新法新规学习 only in shortcomings (officials-study not counted).")
L(36, 2021, None, "金桥镇2021年法治政府建设年度报告",
  {M: "一、2021年推进法治政府建设的主要举措和成效", S: "二、存在的不足", N: "三、2022年工作打算"}, [F],
  T("party-leadership", "fangguanfu", "legal-advisers", "legal-publicity", "officials-study"), [], [],
  "Township 2021. first-responsible implicit: 镇党委书记履行…第一责任人职责，党委会专题研究法治建设2次 (also party). officials-study: 述法 13名村书记 (named 述法); 《民法典》《行政处罚法》列入必读书目, 每季度'法治讲堂' 480人次 (study of law phrased unusually). legal-advisers: 聘请常年法律顾问, 审查合同44份. legal-publicity: 八五普法规划, 主题宣传活动8场, 法治宣传长廊. fangguanfu: 出生一件事/退休一件事. digital NOT counted: internal 无纸化办公, 协同办公平台 (cf. 099). 矛盾纠纷, 政务公开 only in the 2022 plan.")
L(37, 2022, "2023-03-20", "河西区2022年法治政府建设情况报告",
  {M: "一、主要举措及成效", S: "二、存在的不足和原因", N: "三、2023年工作安排"}, [],
  T("fangguanfu", "enforcement-capacity", "emergency", "reconsideration-litigation"), T("party-leadership"), ["新冠肺炎"],
  "District 2022, published 2023-03-20: 新冠肺炎 outdated. xi-thought only in preamble and plan; (一) is 党组中心组 study of 二十大 only: xi-thought and officials-study not counted, party-leadership doubtful (cf. 001/040). fangguanfu: 证照分离, 减税降费. reconsideration: 区政府负责人出庭应诉12次, 出庭应诉率100%, 诉讼68件. emergency: 依法实施核酸检测、封控管控, 依法调整防控措施. capacity: 执法证件1346人, 岗前培训2期, 证件年度审验. disputes NOT counted: heading '依法化解行政争议' is about 应诉. 规范性文件 and 法治宣传 only in plan.")
L(38, 2023, "2024-01-31", "沙河县自然资源局2023年度法治政府建设工作情况报告",
  {}, [M, S],
  T("fangguanfu", "enforcement-three-systems", "transparency", "officials-study"), T("xi-thought"), [],
  "County department (自然资源局) 2023; headings '1.学习贯彻习近平法治思想' etc. as bold lines, all topical: measures implicit; '存在的问题：' is a sentence. xi doubtful: bare clause '坚持深入学习宣传贯彻习近平法治思想，筑牢法治根基' with no vehicle. major-decisions NOT counted: only 合同合法性审查 (合同审查 alone); legal-advisers none. enforcement-capacity NOT counted: 田长制巡查, 立案查处18宗 (enforcement itself). three-systems: 重大执法决定法制审核制度，法制审核案件18件. disputes NOT counted: only 学习《信访工作条例》 — which is study of a regulation by staff: officials-study. transparency: 主动公开征地…信息186条, 依申请21件. fangguanfu: 联动过户, 交房即交证 (政务服务 reform).")
L(39, 2024, None, "华阳市人民政府关于2024年度法治政府建设情况的报告",
  {M: "一、2024年推进法治政府建设的主要举措和成效", S: "二、存在的不足和原因", N: "三、2025年工作安排"}, [],
  T("xi-thought", "reconsideration-litigation", "officials-study"), T("disputes", "supervision", "digital"), [],
  "City 2024 delivered to 人大常委会; subtitle date is a delivery date (published null); addressee line is not a title. xi: 常务会议会前学法…专题学习习近平法治思想3次. officials-study: 会前学法12次; 法治专题讲座 on 《行政复议法》《行政处罚法》. reconsideration: 新收复议案件1980件, 纠错率. disputes doubtful: only 复议 '调解、和解方式结案412件'. normative-docs NOT counted: 制定规章2部, 修订规范性文件8件 (drafting, no review/filing). digital doubtful: heading '加强数字政府建设' over a slogan only. supervision doubtful: '向市人大常委会报告法治政府建设情况' without more. 一件事/营商环境, 执法监督, 八五 only in the 2025 plan.")
L(40, 2025, "2026-02-28", "宁远县农业农村局2025年度法治政府建设情况报告",
  {}, [M, S, N],
  T("party-leadership", "enforcement-three-systems", "enforcement-capacity", "disputes", "legal-publicity", "officials-study"), [], [],
  "County department (农业农村局) 2025, no headings at all (one paragraph). '在县委、县政府的坚强领导下' is a formula, but party counts from 党组会议4次专题研究法治建设工作, 纳入…考核. three-systems: 行政执法公示制度…公示…74条; 执法记录仪16台 全程留痕 (publicity+recording). capacity: 执法业务培训, 全员通过执法资格考试 (农资打假专项执法行动 alone would not count). disputes: 仲裁委员会调解土地承包经营纠纷31件. legal-publicity: 丰收节普法活动4场, 法律明白人培训. officials-study: 网上学法平台…法律知识学习 (NOT digital). 规范性文件合法性审核 and 政务公开 only in the 2026 plan sentence.")

NOTE_IMPLICIT = {12: "plan paragraph '下一步，街道将…' without a heading: next-year implicit.",
  21: "closing plan sentence '2017年，区政府将…' without a heading: next-year implicit.",
  22: "'存在的问题主要是：…' and '2018年，我镇将…' are sentences, not headings: shortcomings and next-year implicit.",
  30: "'存在的主要问题是：…' and '2026年，将…' in the last paragraph: shortcomings and next-year implicit.",
  31: "closing paragraph '二〇一七年，我局将…' (no heading): next-year implicit.",
  38: "'存在的问题：…' is a sentence: shortcomings implicit.",
  40: "'同时，存在…等问题' and '2026年，我局将…' inside the one paragraph: shortcomings and next-year implicit."}
for r in recs:
    n = int(r["file"][7:9])
    if n in NOTE_IMPLICIT:
        r["notes"] += " Parts (revised after the first run: content without a heading is parts_implicit): " + NOTE_IMPLICIT[n]
Path(__file__).with_name("labels.json").write_text(json.dumps(recs, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(recs))
