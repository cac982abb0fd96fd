"""Write labels.json for bench/heldout3 (hand labels of invented texts k01..k40).

Labels follow ../shared/EVIDENCE.md.  For a text that has a measures part *and* later parts
(不足 / 第一责任人 at level 1 / 下一年度), topics are judged on the measures part, as EVIDENCE.md does for
the full report; for an extract without those later parts, on the whole text.  Notes cite the deciding
sentences ("X: ……; not Y: 只有『……』").

Run:  python bench/heldout3/make_labels.py   (writes labels.json next to this file)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldoutkit import M, S, F, N, O, Labels  # noqa: E402

R = RECORDS = Labels("k")
T = lambda *names: ["topic." + n for n in names]  # noqa: E731


# ---------------------------------------------------------------- 2016
R(1, 2016, None, "石桥镇人民政府2016年度依法行政工作情况报告",
  [M, S, N], [],
  {M: "一、主要工作", S: "二、存在的问题", N: "三、2017年工作打算"},
  T("party-leadership", "officials-study", "legal-publicity", "major-decisions", "legal-advisers", "disputes"),
  notes="Township, short complete report, Word text; the only date is the signing line 二〇一七年一月十日 (no "
        "publication label): published null. 县人民政府： is an addressee, not a title. party-leadership: "
        "调整充实了…依法行政工作领导小组; 纳入全镇年度目标管理考核. officials-study: 镇党委中心组全年集中学法6次. "
        "legal-publicity: 制定…“七五”普法规划; “法律进学校”讲座2场 (七五 is current in 2016). major-decisions: "
        "执行“三重一大”集体决策制度…集体研究决定重大事项23项. legal-advisers: 聘请…执业律师担任常年法律顾问, 审查合同9份. "
        "disputes: 调委会…排查调处…矛盾纠纷127件. Not transparency: 政务公开 only in 二 (problem) and 三 (plan: "
        "设立镇政务公开栏). The preamble's six-term goal is current for 2016.")

R(2, 2016, None, "云溪县国土资源局2016年法治政府建设工作总结",
  [M, S, N], [],
  {M: "一、2016年法治政府建设工作开展情况", S: "二、存在的问题和不足", N: "三、2017年工作思路"},
  T("party-leadership", "fangguanfu", "major-decisions", "normative-docs", "enforcement-capacity",
    "enforcement-three-systems", "disputes", "reconsideration-litigation", "transparency", "emergency",
    "officials-study", "legal-publicity", "supervision"),
  notes="County department, full report, plain text, signed 2017年1月16日 (no publication label). party-leadership: "
        "纳入全局年度工作要点; 依法行政工作领导小组…召开领导小组会议3次; 纳入…年度考核. fangguanfu: 编制完成局权力清单和责任清单; "
        "取消行政审批事项3项; “双随机、一公开”抽查. major-decisions: 征地区片综合地价调整这一重大行政决策事项…听证会2场、专家论证会1次、"
        "社会稳定风险评估…党组会议集体讨论. normative-docs: 清理规范性文件8件, 保留5件, 废止3件. enforcement-capacity: 新申领行政执法证14人; "
        "执法业务培训2期; 评查案卷32卷. three-systems: only the publicity child (开设执法公示栏目…公示行政处罚决定31件); 执法全过程记录/"
        "记录仪 and 法制审核目录 are in 三 (plans). disputes: 接待群众来访213人次, 化解信访积案5件. reconsideration: 复议4件、诉讼6件, "
        "局长出庭应诉2次. transparency: 主动公开征地批复…信息146条, 依申请公开2件. emergency: 修订…突发地质灾害应急预案, 应急演练3次, "
        "启动应急响应. officials-study: 局党组中心组全年集中学法5次 (行政诉讼法, 土地管理法). legal-publicity: 土地日 宣传; 谁执法谁普法. "
        "supervision: 配合县审计局…专项审计, 审计指出的3个问题全部整改 (also 人大建议9件/政协提案6件 办复). Not legal-advisers: 二 says "
        "尚未聘请专职法律顾问 and 三 plans 拟…聘请. 卫片执法检查/立案查处 is enforcement itself, not capacity (capacity is carried by the "
        "other sentences). No xi-thought (2016).")

R(3, 2016, "2017-03-28", "安澜市人民政府关于2016年度法治政府建设情况的报告",
  [], [M], {},
  T("fangguanfu", "digital", "normative-docs", "major-decisions", "legal-advisers"),
  notes="City, portal extract cut inside item 三. Breadcrumb and 【字体】 are chrome; title appears twice (given once). "
        "发布时间：2017-03-28. 省人民政府： is an addressee. Topical L1 headings only: measures implicit. fangguanfu: 取消和调整行政审批事项46项; "
        "权力清单和责任清单; 五证合一、一照一码. digital: 建成市网上审批服务平台…行政许可事项全部实现网上申报. normative-docs: 审查…规范性文件58件; "
        "备案审查71件, 纠正3件; 清理废止17件. major-decisions: 出台《…重大行政决策程序规定》; 公布年度重大行政决策事项目录7项. legal-advisers: "
        "法律顾问团全年参与研究重大决策事项12件, 审查…合同43件 (stated before the cut 出具法律意见书4…). 制定政府规章2部 is 立法, no topic.")

R(4, 2016, "2017-02-24", "河阳区人民政府2016年度法治政府建设情况报告",
  [M, S, N], [F],
  {M: "一、2016年法治政府建设主要工作", S: "二、存在的不足", N: "三、2017年工作安排"},
  T("party-leadership", "fangguanfu", "digital", "legal-advisers", "normative-docs", "enforcement-capacity",
    "disputes", "reconsideration-litigation", "supervision", "transparency", "legal-publicity", "officials-study"),
  doubtful=T("major-decisions"),
  notes="District government, full report from a portal (日期：2017年02月24日; 打印本页/关闭窗口 footer). 第一责任人: item 二是落实责任 "
        "(title does not name it) says 贯彻…《党政主要负责人履行推进法治建设第一责任人职责规定》, 区政府主要负责同志带头研究部署: implicit. "
        "party-leadership: 区政府常务会议专题研究法治政府建设工作3次; 实施方案; 纳入全区目标绩效考核. fangguanfu: 取消区级行政审批事项21项; "
        "五证合一; 并联审批. digital: 区网上办事大厅…187项…网上申报. legal-advisers: 26个区属部门全部聘请了法律顾问; 列席常务会议18次. "
        "normative-docs: 合法性审查11件, 报市政府备案11件. enforcement-capacity: 1140名行政执法人员…培训和考试, 暂扣执法证件; 案卷评查196卷; "
        "细化裁量基准. disputes: 受理群众来信来访3417件次. reconsideration: 复议申请37件…撤销2件; 被告案件19件, 区长出庭应诉1次. "
        "supervision: 办理区人大代表建议142件、区政协委员提案168件 (handling 人大/政协 proposals counted as acting under their supervision). "
        "transparency: 主动公开政府信息3560条, 依申请公开21件. legal-publicity: 七五普法规划; 法治文化公园; 谁执法谁普法. officials-study: "
        "常务会议会前学法10次. major-decisions doubtful: only 『健全重大事项依法决策机制，坚持依法决策、科学决策、民主决策』 (cf. 070); "
        "程序规定 and 目录 are 2017 plans. Not three-systems: 『试点推行行政执法公示、执法全过程记录和重大执法决定法制审核制度』 is in 三 (plan). "
        "『在区人大及其常委会的监督支持下』 is a formula.")

# ---------------------------------------------------------------- 2017
R(5, 2017, "2018-01-19", "望江街道办事处2017年度法治政府建设工作报告",
  [M], [],
  {M: "一、2017年工作开展情况"},
  T("party-leadership", "officials-study", "legal-advisers", "legal-publicity", "major-decisions"),
  doubtful=T("disputes", "transparency"),
  notes="Street, portal extract cut in item 五 (来源 | 发布时间：2018年01月19日 | 点击数). party-leadership: 成立了…法治政府建设工作领导小组. "
        "officials-study: 中心组学法制度, 全年集中学法5次; 法律知识考试. legal-advisers: 聘请1名律师为机关法律顾问, 对…26份合同进行了合法性审查 "
        "(the 社区法律顾问 serving residents alone would be doubtful). legal-publicity: 法治宣传活动9场次; “法治进校园”. major-decisions: "
        "落实“三重一大”制度…一律经党工委会议集体研究决定. disputes and transparency doubtful: only in the list 『党工委会议先后研究部署了拆违控违、"
        "城市管理执法、信访维稳、政务公开、社区法律顾问等工作』; 学习《信访条例》 is study (officials-study). 城市管理执法 in that list is "
        "enforcement itself, not capacity. 『坚持党委领导、政府负责、社会协同、公众参与、法治保障』 is a formula.")

R(6, 2017, None, "合溪县市场监督管理局2017年法治政府建设工作情况",
  [S], [M],
  {S: "【存在的问题】"},
  T("fangguanfu", "digital", "enforcement-three-systems", "enforcement-capacity", "disputes",
    "reconsideration-litigation", "legal-publicity"),
  notes="County department, short Word text with 【】 run-in headings, signed 2018年1月15日: published null. Measures only under "
        "topical 【】 headings: implicit; 【存在的问题】 names the shortcomings part (no 原因 given). fangguanfu: 五证合一…简易注销; "
        "“双随机、一公开”监管…随机抽查企业312户. digital: 企业登记全程电子化…网上登记系统办理…386户. three-systems: 三项制度试点单位; "
        "全过程记录实施办法, 执法记录仪46台 (recording); 案值5万元以上…经局法制股审核 (legal-review); publicity child not shown (the "
        "信用信息公示 of 抽查结果 belongs to 双随机一公开). enforcement-capacity: 案卷评查2次, 抽查案卷60卷. disputes: 调解消费纠纷1260件. "
        "reconsideration: 行政复议案件1件…维持. legal-publicity: 谁执法谁普法; 《食品安全法》宣传进社区、进学校. Not transparency: the only "
        "公示 is of 双随机 results (fangguanfu).")

R(7, 2017, "2018-03-02", "江岭省交通运输厅2017年法治政府部门建设情况报告",
  [M, F, S, N], [],
  {M: "一、2017年法治政府部门建设主要工作", F: "（一）落实第一责任人职责，加强组织领导", S: "二、存在的问题",
   N: "三、2018年工作打算"},
  T("party-leadership", "officials-study", "fangguanfu", "digital", "normative-docs", "major-decisions",
    "legal-advisers", "enforcement-capacity", "enforcement-three-systems", "reconsideration-litigation",
    "supervision", "transparency", "emergency", "legal-publicity"),
  notes="Provincial department, full report from a portal; 发布日期：2018-03-02 (one day after the departments' 03-01 date; "
        "the signature says 2018年2月26日). 第一责任人 named in the L2 heading (一). party-leadership: 厅党组会议全年专题研究法治建设工作4次; "
        "工作要点 28项; 纳入…年度综合目标考核; 专项督导. officials-study: 厅务会会前学法12次; 领导干部法治专题培训班. fangguanfu: 取消…行政许可"
        "事项4项, 下放8项, 权责清单; 超限运输许可“一站式”. digital: 跨省大件运输实现网上并联许可; 85%的政务服务事项实现网上办理. normative-docs: "
        "13件…合法性审查; 清理, 废止7件. major-decisions: 3项重大行政决策事项履行了公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序. "
        "legal-advisers: 与2家律师事务所签订常年法律顾问合同, 审查合同87份. enforcement-capacity: 岗位培训3800人次; 换发执法证件. three-systems: "
        "recording only (试行执法全过程记录, 执法记录仪1600余台); the full 三项制度 is a 2018 plan. reconsideration: 复议案件9件, 应诉案件5件. "
        "supervision: 办理省人大代表建议52件、省政协委员提案47件. transparency: 主动公开政府信息1320条. emergency: 修订…突发事件应急预案, 应急演练2次. "
        "legal-publicity: 谁执法谁普法, 普法海报. No disputes; no xi-thought (2017; 习近平新时代…思想 in preamble only).")

R(8, 2017, None, "关于桃源镇2017年度法治政府建设工作情况的报告",
  [M, S, N], [F],
  {M: "一、工作开展情况", S: "二、存在的困难和问题", N: "三、下一步工作打算"},
  T("party-leadership", "officials-study", "major-decisions", "legal-advisers", "transparency", "fangguanfu",
    "legal-publicity", "disputes", "emergency"),
  doubtful=T("reconsideration-litigation"),
  notes="Township, full Word report; title split over two lines (joined); addressee line is not a title; signed 二〇一八年一月二十日: "
        "published null. 第一责任人 only in the sentence 『镇党委书记、镇长切实履行推进法治建设第一责任人职责，全年主持召开法治建设专题会议2次』 "
        "under item 二是压实责任: implicit. party-leadership: 法治建设领导小组; 纳入…年度目标考核. officials-study: 会前学法…18次; 依法行政专题辅导; "
        "网上学法考试; 旁听…庭审. major-decisions: “三重一大”…征求法律顾问意见后集体讨论决定. legal-advisers: 签订法律顾问协议, 审查合同14份. "
        "transparency: 政务公开栏…全年公开信息216条. fangguanfu: 便民服务中心“一站式”服务和全程代办 (政务服务 reform; weak). legal-publicity: "
        "法治宣传8次; 法治进校园; 法治文化长廊. disputes: 排查矛盾纠纷183件; 接待群众来访92批次; 山林权属争议 调解. emergency: 修订…防汛抗旱应急预案…"
        "避险转移演练. reconsideration doubtful: only the nil statement 『全年我镇未发生行政复议和行政诉讼案件』 (a zero figure, no action). "
        "Not normative-docs: 『全年镇政府未制定规范性文件』 states that nothing was made or reviewed. Not enforcement-capacity: 『配合…开展违法用地、"
        "非法采砂联合执法行动4次』 is a campaign. 民主法治示范村 is supporting only (legal-publicity counted on other sentences).")

# ---------------------------------------------------------------- 2018
R(9, 2018, "2019-03-29", "松岭县人民政府2018年度法治政府建设情况报告",
  [M], [],
  {M: "一、2018年法治政府建设主要工作"},
  T("party-leadership", "officials-study", "fangguanfu", "enforcement-capacity"),
  doubtful=T("xi-thought", "major-decisions"),
  notes="County government, portal extract (更新时间：2019-03-29). party-leadership: 组建中共松岭县委全面依法治县委员会; 纳入…年度综合目标考核. "
        "officials-study: 常务会议坚持会前学法制度, 全年学习…12次. fangguanfu: “最多跑一次”事项清单628项; “一窗受理、集成服务”; 企业开办时间压缩; "
        "not from 『稳妥推进县级机构改革，新组建机构11个』 (机构改革 alone). enforcement-capacity: 行政执法检查, 抽查…案卷210卷; 资格考试, 186人取得执法资格. "
        "xi-thought doubtful: 中心组 专题学习 only under the older name 全面依法治国新理念新思想新战略 (015). major-decisions doubtful: "
        "『凡属重大事项一律提交县政府常务会议集体研究，全年…审议议题96项』 is collective deliberation on 重大事项 in general, not a 重大行政决策 procedure (cf. 008).")

R(10, 2018, None, None,
  [F], [],
  {F: "二、党政主要负责人履行推进法治建设第一责任人职责情况"},
  T("party-leadership", "officials-study", "major-decisions", "legal-advisers", "disputes"),
  notes="Street, the 第一责任人 part alone (no title; year from its first sentence 2018年，街道党工委书记…; the unit name only in "
        "《东关街道2018年法治建设工作要点》). Whole-excerpt scope. party-leadership: 主持召开党工委会议4次专题研究法治建设工作; 审定…工作要点; "
        "纳入…年度绩效考核; 督查. officials-study: 带头参加党工委中心组集体学法; 年终述职时专题述法; 旁听…庭审. major-decisions: 5项重大事项, "
        "均在广泛征求居民意见、经合法性审查后提交党工委会议集体讨论决定. legal-advisers: 法律顾问列席党工委会议11次, 出具书面法律意见8份. "
        "disputes: 主要领导接访日…接待来访群众46批次; 包案化解信访积案3件. No measures part heading and no implicit measures (cf. 036).")

R(11, 2018, "2019-01-22", "青溪县环境保护局2018年度法治政府建设工作报告",
  [M], [],
  {M: "一、2018年度法治政府建设工作情况"},
  T("enforcement-three-systems", "enforcement-capacity", "supervision", "emergency", "transparency", "legal-publicity"),
  notes="County department, portal extract (发布日期：2019-01-22). three-systems: all three children (执法公示专栏; 执法记录仪18台, 全程音像记录; "
        "21件行政处罚决定全部进行法制审核). enforcement-capacity: 执法培训和“大练兵”; 32名执法人员全部持证上岗. supervision: 对县人民检察院提出的2份"
        "诉前检察建议，按期书面回复. emergency: 修订…突发环境事件应急预案, 应急演练2次, 处置…污染事件. transparency: 主动公开…政府信息612条. "
        "legal-publicity: 谁执法谁普法; “送法进企业”15次. Near miss: 中央环保督察“回头看”反馈问题整改 is not one of the supervision channels "
        "(人大/政协/审计/监察/司法/检察). 习近平生态文明思想 is not xi-thought.")

R(12, 2018, "2019-03-26", "宁川市人民政府关于2018年度法治政府建设情况的报告",
  [M, S, N], [F],
  {M: "一、2018年法治政府建设主要工作及成效", S: "二、存在的主要问题", N: "三、2019年工作安排"},
  T("party-leadership", "fangguanfu", "digital", "normative-docs", "major-decisions", "legal-advisers",
    "enforcement-capacity", "disputes", "reconsideration-litigation", "transparency", "legal-publicity",
    "officials-study"),
  doubtful=T("xi-thought", "supervision"),
  notes="City, full report from a portal (发布时间：2019年03月26日; signed 2019年3月20日). 第一责任人 only as a sentence: 『市政府主要负责同志切实履行推进法治建设"
        "第一责任人职责，主持召开市政府常务会议专题研究法治政府建设工作3次』: implicit. party-leadership: that meeting; 组建…全面依法治市委员会; 工作要点32项; "
        "纳入全市综合考核评价体系. fangguanfu: 许可事项由238项压减至172项; 证照分离; 减证便民. digital: “互联网+政务服务”, 网上可办率86%. normative-docs: "
        "审查…规范性文件23件; 备案审查104件, 纠正5件; 专项清理, 废止31件. major-decisions: 重大行政决策事项目录9项, 公众参与、专家论证…; 价格听证会. "
        "legal-advisers: 法律顾问…审查重大合同67件, 列席常务会议21次; 公职律师312名. enforcement-capacity: 执法证件管理; 案卷评查1300余卷; 轮训9800余人次. "
        "disputes: 人民调解…2.1万件. reconsideration: 复议286件, 纠错率14.3%; 出庭应诉率68%. transparency: 主动公开2.6万条; 依申请413件; 政策解读82次. "
        "legal-publicity: 七五普法中期检查; 谁执法谁普法清单; 宪法进校园. officials-study: 领导干部法治专题讲座4场; 网上学法考试. xi-thought doubtful: "
        "常务会议专题学习…全面依法治国新理念新思想新战略 (older name, 2018). supervision doubtful: only 『每年向市人大常委会报告法治政府建设情况，自觉接受人大"
        "法律监督和政协民主监督』 (009) and the preamble formula. Not three-systems: 『我市将于2019年…全面推行…三项制度，目前正在制定实施方案』 is a plan. "
        "Six-term goal and 纲要(2015—2020年) are current in 2018.")

# ---------------------------------------------------------------- 2019
R(13, 2019, "2020-01-08", "黄土岭镇法治政府建设年度报告",
  [], [M, F], {},
  T("party-leadership", "disputes", "legal-publicity"),
  doubtful=T("enforcement-capacity", "major-decisions"),
  notes="Township, portal extract with 第一/第二… run-in items (topical) and no year in the title: year from the opening 2019年，黄土岭镇…. "
        "发布时间：2020-01-08. 第一责任人: 『镇党委书记、镇长认真履行推进法治建设第一责任人职责，全年主持召开法治建设专题会议3次』 under 第一，加强组织领导: "
        "implicit. party-leadership: 成立了…法治建设工作领导小组; 专题会议3次. disputes: “枫桥经验”…排查矛盾纠纷204件, 调处成功198件. legal-publicity: "
        "送法下乡活动24场次; 法治进校园; 宪法日 宪法知识竞赛. enforcement-capacity doubtful: only 综合执法 reform (承接…下放的行政处罚事项43项, 成立了镇综合"
        "行政执法办公室，正在逐步理顺) — no 持证/培训/监督 (054, 074). major-decisions doubtful: the excerpt ends on the bare heading 『第五，注重依法决策。』. "
        "民主法治示范村 creation is supporting only.")

R(14, 2019, None, "青溪县教育局2019年度法治政府建设情况报告",
  [M, S, F, N, O], [],
  {M: "一、2019年推进法治政府建设的主要举措和成效", S: "二、存在的不足和原因",
   F: "三、党政主要负责人履行推进法治建设第一责任人职责情况", N: "四、2020年推进法治政府建设的主要安排",
   O: "五、其他需要报告的情况"},
  T("party-leadership", "fangguanfu", "digital", "major-decisions", "normative-docs", "legal-advisers",
    "enforcement-capacity", "transparency", "legal-publicity", "disputes", "emergency"),
  doubtful=T("officials-study"),
  notes="County department, full five-part report, Word text signed 二〇二〇年二月二十六日: published null. Topics judged on part 一. party-leadership: "
        "依法治教工作要点…22项; 局党组会议专题研究法治政府建设工作2次; 纳入…办学绩效考核; 示范校创建. fangguanfu: 权责清单事项74项; 办学许可“最多跑一次”; "
        "取消证明材料8项. digital: 教师资格认定实现网上申报、网上审核. major-decisions: 布局调整 as 重大行政决策事项: 座谈会, 社会稳定风险评估, 合法性审查, "
        "党组会议集体讨论. normative-docs: 2件规范性文件均经…合法性审核后印发, 报县政府备案. legal-advisers: 聘请…律师为常年法律顾问, 审查合同38份. "
        "enforcement-capacity: 执法人员12名, 全部…取得行政执法证件 (校外培训机构专项治理 itself is a campaign). transparency: 主动公开…信息426条; 政策解读. "
        "legal-publicity: 法治副校长全覆盖; 学宪法讲宪法; 模拟法庭. disputes: 调解化解校园矛盾纠纷17起. emergency: 修订…学校突发事件应急预案; 疏散演练156场次. "
        "officials-study doubtful: evidenced only in part 三 (the L1 第一责任人 part: 中心组集中学习《教育法》《教师法》…6次; 专题述法), outside the measures "
        "part that is the checker's scope; a reviewer reading the whole report sees it done. 五 says 无.")

R(15, 2019, "2020-03-31", "西江省人民政府关于2019年度法治政府建设情况的报告",
  [], [M], {},
  T("party-leadership", "fangguanfu", "digital", "normative-docs", "major-decisions", "enforcement-three-systems"),
  notes="Province, portal extract (日期：2020-03-31), topical L1 headings with run-in 1./2. items; cut inside 四. party-leadership: 委员会…全体会议，审议通过"
        "…督察工作实施办法; 纳入…综合绩效评价; 年度考核 (the item 2.强化法治政府建设督察 has only a slogan under it). fangguanfu: 行政许可事项压减至386项; "
        "证照分离. digital: “一网通办” 网上可办率92%; 电子证照库; 数据共享调用2.6亿次. normative-docs: 统一审核备案平台; 审核47件; 备案审查612件, 纠正19件. "
        "major-decisions: 公布年度重大行政决策事项目录…11项. three-systems: 『全省各级行政执法机关全面推行行政执法公示、执法全过程记录、重大执法决定法制审核"
        "制度』 is stated before the cut.")

R(16, 2019, None, None,
  [S, N], [],
  {S: "二、存在的问题和不足", N: "三、2020年工作打算"},
  [],
  doubtful=T("reconsideration-litigation", "normative-docs"),
  notes="District government, the tail of a report: parts 二 and 三 and the signature (浦江区人民政府 2020年3月25日; no publication label). No title. "
        "Year 2019 from the first body sentence 『2019年，我区法治政府建设虽然取得了一定成效…』; the next-year heading says 2020. Whole-excerpt scope, but "
        "there are only problems and plans. Doubtful: figures that imply the activity but are given as problems: 『全区行政复议案件被纠错8件，行政诉讼"
        "败诉5件』 (reconsideration) and 『全年仍有3件文件逾期报备』 (normative-docs). Everything in 三 is a plan (疫情防控, 放管服, 一网通办, 三项制度, "
        "案卷评查, 七五/八五). 新冠肺炎 in a text of March 2020 is not outdated.")

# ---------------------------------------------------------------- 2020
R(17, 2020, "2021-01-25", "金沙街道2020年法治政府建设工作报告",
  [M, S, F, N], [],
  {M: "一、2020年法治政府建设工作情况", S: "二、存在的不足和原因",
   F: "三、党政主要负责人履行推进法治建设第一责任人职责情况", N: "四、2021年工作计划"},
  T("xi-thought", "emergency", "disputes", "legal-publicity", "officials-study", "fangguanfu", "digital",
    "enforcement-capacity", "enforcement-three-systems", "party-leadership"),
  doubtful=T("transparency", "legal-advisers"),
  notes="Street, full report from a portal: metadata list with 成文日期 2021-01-20 and 发布日期 2021-01-25 (the latter is the publication label). "
        "Topics on part 一. xi-thought: 中心组（扩大）会议，专题学习习近平法治思想; 党校 专题辅导 (Nov-Dec 2020). emergency: 启动应急响应, 应急预案, 封闭管理, "
        "依法处置. disputes: 调解…矛盾纠纷64件; 排查化解329件; 接访172人次. legal-publicity: 民法典进社区 18场; 七五普法总结验收 (current for 2020); "
        "疫情 普法 to 企业. officials-study: 法官为机关干部…作《民法典》专题讲座2场; 知识测试. fangguanfu: 便民服务中心推行“一窗通办”. digital: "
        "网上办理社保参保、居住证签注, 网上办件3260件. enforcement-capacity: 17名执法人员…取得执法证件; 业务培训4次. three-systems: recording child only "
        "(全过程记录, 执法记录仪). party-leadership: 将法治建设纳入社区年度目标考核 (the 党工委会议3次 is in part 三). transparency doubtful: only an award "
        "(政务公开工作考评中获评优秀等次). legal-advisers doubtful: only 社区法律顾问 serving residents (法律咨询520余人次), not the office's own adviser; "
        "二 says 法律顾问参与决策的深度不够. 新冠肺炎 is current in 2020/Jan 2021. 八五普法 is a 2021 plan.")

R(18, 2020, None, "青溪县卫生健康委员会2020年度法治政府建设工作总结",
  [S], [M],
  {S: "5.存在的问题。"},
  T("emergency", "enforcement-three-systems", "enforcement-capacity", "legal-publicity", "officials-study", "disputes"),
  notes="County department, short Word text with run-in headings 1.–5., signed 2021年1月12日: published null. The run-in 5.存在的问题。 names the "
        "shortcomings part (no 原因). emergency: 启动重大突发公共卫生事件一级响应; 修订…应急预案; 应急处置演练23场次. three-systems: 全面落实行政执法公示、"
        "执法全过程记录、重大执法决定法制审核三项制度; 87件全部…公示. enforcement-capacity: 卫生监督员…业务培训5期; 案卷评查2次. legal-publicity: "
        "谁执法谁普法; 宣传进村入户、进学校. officials-study: 委机关干部职工和…负责人集中学习《基本医疗卫生与健康促进法》《民法典》, 法律知识测试. "
        "disputes: 医疗纠纷人民调解委员会…调解成功21起. Not transparency: the only 公示 is of 处罚 cases (执法公示).")

R(19, 2020, "2021-03-30", "临溪市人民政府关于临溪市2020年度法治政府建设情况的报告",
  [M], [],
  {M: "一、主要举措和成效"},
  T("xi-thought", "party-leadership", "fangguanfu", "digital"),
  notes="City, portal extract; title over two lines (joined); 日期：2021年3月30日; ends on a bare 『（五）』. xi-thought: 市政府党组会议、市政府常务会议"
        "先后专题学习习近平法治思想; 工作方案; 纳入…干部教育培训必修课程. party-leadership: 工作要点41项; 示范市创建申报; 纲要终期评估. fangguanfu: "
        "出台…《优化营商环境条例》实施细则; “一业一证”. digital: “一网通办”网上可办率98%; 电子证照库. The ranking 『考核中位列第一等次』 is in the "
        "preamble. 纲要(2015—2020年) and 新冠肺炎 are current for 2020.")

R(20, 2020, None, "北屏县人民政府关于2020年法治政府建设情况的报告",
  [M, F, S, N, O], [],
  {M: "一、主要举措和成效", F: "（一）县长切实履行推进法治建设第一责任人职责", S: "二、存在的不足和原因",
   N: "三、2021年主要安排", O: "四、其他需要报告的情况"},
  T("xi-thought", "party-leadership", "fangguanfu", "digital", "normative-docs", "major-decisions",
    "legal-advisers", "enforcement-three-systems", "enforcement-capacity", "emergency", "disputes",
    "reconsideration-litigation", "supervision", "transparency", "legal-publicity", "officials-study"),
  notes="County government, full report. The page shows only a bare 『2021-03-18 10:42　来源：县司法局』 with no 发布时间/日期 label, and the signature "
        "says 2021年3月12日: published null under the accepted-label rule (a reviewer would read 2021-03-18 as the posting date). 市人民政府： is an "
        "addressee. All 16 topics in part 一: xi (常务会议专题学习习近平法治思想, Dec 2020); party (常务会议专题研究4次, 工作要点, 委员会全体会议, 目标考核); "
        "fangguanfu (取消证明事项24项, 进驻率100%, 证照分离, 双随机); digital (一网通办, 全程网办312项); normative (审核8件, 备案27件, 清理146件; 涉疫"
        "政策措施合法性审核); major-decisions (集体讨论决定…6项, 公众参与、专家论证…); legal-advisers (列席24次, 审查73份); three-systems (all named, "
        "公示专栏); enforcement-capacity (案卷评查326卷, 培训, 证件年审); emergency (应急响应, 通告, 演练9场); disputes (多元化解中心1862件; 来信来访); "
        "reconsideration (复议41件, 出庭应诉率100%); supervision (人大常委会…审议意见10条…全部整改到位); transparency (主动公开4218条, 依申请42件); "
        "legal-publicity (七五验收, 民法典七进); officials-study (会前学法12次, 网上学法考试).")

# ---------------------------------------------------------------- 2021
R(21, 2021, None, "柳湾镇2021年法治政府建设情况报告",
  [], [M, F, S, N], {},
  T("party-leadership", "xi-thought", "officials-study", "fangguanfu", "legal-publicity", "disputes"),
  outdated=["廉洁高效、守法诚信"],
  notes="Township, Word text with no headings at all, signed 2022年1月18日: published null. Parts only as content: the 第一责任人 sentence "
        "(镇党政主要负责人认真履行推进法治建设第一责任人职责，年内召开专题会议2次), 工作中也还存在一些不足…, 2022年，我镇将…. party-leadership: "
        "专题会议2次研究法治建设工作. xi-thought: 中心组…全年开展专题学习3次 (the preamble's 深入学习贯彻习近平法治思想 alone would not count). "
        "officials-study: 党委会会前学法…11次. fangguanfu: 梳理镇级权责清单事项138项…公布; 承接县级下放…服务事项32项. legal-publicity: "
        "“八五”普法实施方案; “法律明白人”82名; 送法下乡16场次. disputes: 排查调处矛盾纠纷156件; 接访83批次. Outdated: the preamble's six-term "
        "goal (…廉洁高效、守法诚信的法治政府) in a 2021 report.")

R(22, 2021, "2022-02-25", "北屏县应急管理局2021年度法治政府建设工作报告",
  [M, F, S, N], [],
  {M: "一、2021年法治政府建设工作开展情况", F: "（一）压实第一责任人职责，强化组织领导", S: "二、存在的不足",
   N: "三、2022年工作打算"},
  T("party-leadership", "xi-thought", "officials-study", "fangguanfu", "emergency", "enforcement-capacity",
    "enforcement-three-systems", "digital", "reconsideration-litigation", "legal-publicity"),
  doubtful=T("transparency"),
  notes="County department, full report from a portal (发布时间：2022-02-25, before the 03-01 upward date). party-leadership: 调整充实了局法治建设"
        "工作领导小组; 工作要点18项; 党委会议…专题研究法治建设工作3次; 纳入…考核. xi-thought: 局党委会议把学习习近平法治思想作为“第一议题”，全年"
        "专题学习5次. officials-study: 中心组专题学习新《安全生产法》, 辅导解读. fangguanfu: 危险化学品经营许可实行告知承诺制; 权责清单216项; "
        "分级分类监管. emergency: 修订…突发事件总体应急预案; 应急演练6场次; 启动防汛Ⅳ级应急响应. enforcement-capacity: 21名…持证率100%; 培训班2期; "
        "案卷评查. three-systems: all three (公示…43件; 全程佩戴执法记录仪; 5件…经局法制审核). digital: 应急管理综合执法系统…移动执法终端在线完成 "
        "(online enforcement system; 互联网+执法). reconsideration: 行政诉讼案件1件…局长出庭应诉 (无行政复议案件). legal-publicity: 谁执法谁普法; "
        "宣讲32场次 to 企业从业人员; 进校园. transparency doubtful: only 按时向社会公开了2020年度法治政府建设情况报告. Not enforcement-capacity from "
        "『检查生产经营单位426家次…立案查处43起』 alone (enforcement itself). major-decisions only as a 2022 plan; 案审会集体讨论 concerns penalties.")

R(23, 2021, "2022-03-01", "西江省市场监督管理局2021年法治政府建设年度报告",
  [M], [],
  {M: "一、2021年法治政府建设主要举措和成效"},
  T("xi-thought", "fangguanfu", "normative-docs", "legal-publicity", "enforcement-three-systems", "enforcement-capacity"),
  notes="Provincial department, portal extract (发布日期：2022-03-01), ends on a bare 『（五）』. xi-thought: 纳入“第一议题”和…中心组年度学习计划, 专题"
        "学习4次; 专题培训班2期. fangguanfu: “证照分离”改革全覆盖; 登记确认制改革. normative-docs: 对…14件行政规范性文件全部进行合法性审核，按规定…"
        "备案 (the 公平竞争审查…412件 alone would only be doubtful, 069/083). legal-publicity: 制定…“八五”普法规划 (cf. 018). three-systems: only "
        "legal-review (修订…重大执法决定法制审核办法). enforcement-capacity: 案卷评查…1200卷; 全员轮训1.8万人次. 包容审慎监管/不予处罚清单 is supporting only.")

R(24, 2021, None, "红旗街道2021年度法治政府建设情况报告",
  [], [M], {},
  T("officials-study", "legal-publicity", "major-decisions", "legal-advisers", "disputes"),
  doubtful=T("xi-thought"),
  notes="Street, Word text with 【】 run-in headings, signed 2022年2月8日: published null. officials-study: 中心组全年集中学法4次, 学习《民法典》"
        "《行政处罚法》《信访条例》; 学法考法. legal-publicity: “八五”普法实施方案; 宪法宣传…12场; 以案释法; 法治讲座 for 学生. major-decisions: "
        "“三重一大”集体决策…研究重大事项27项. legal-advisers: 法律顾问…列席党工委会议9次，审查合同、协议41份. disputes: 调处…矛盾纠纷218件. "
        "xi-thought doubtful: 『街道党工委深入学习贯彻习近平法治思想，坚持把学法作为…』 is a bare clause; the 中心组 sessions that follow are on "
        "named laws, not on 习近平法治思想 (004, 059). 『顺利完成“七五”普法总结验收』 mentions the old plan as finished, not as current: not listed "
        "as outdated (unsure: EVIDENCE lists 七五普法 for 2021 without the 'as current' qualifier it gives the 纲要).")

# ---------------------------------------------------------------- 2022
R(25, 2022, "2023-03-15", "梅溪县人民政府关于2022年度法治政府建设情况的报告",
  [M, F, S, N], [],
  {M: "一、2022年推进法治政府建设的主要举措和成效", F: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
   S: "三、存在的不足和原因", N: "四、2023年推进法治政府建设主要安排"},
  T("xi-thought", "party-leadership", "fangguanfu", "digital", "normative-docs", "enforcement-three-systems",
    "enforcement-capacity", "emergency", "major-decisions", "legal-advisers", "reconsideration-litigation",
    "disputes", "supervision", "transparency", "legal-publicity", "officials-study"),
  outdated=["新冠肺炎"],
  notes="County government, full report from a portal (发布时间：2023年3月15日; 【打印】【关闭】). All 16 topics in part 一: xi (常务会议…“第一议题”…"
        "专题学习习近平法治思想…12次); party (工作要点36项; 示范县创建; 综合绩效考核; 专项督察2次); fangguanfu (证照分离; 一件事一次办; “法治体检”56家次; "
        "负面清单); digital (全程网办93.5%; 跨省通办148项); normative (审核规范性文件9件; 清理114件); three-systems (全面落实…三项制度; 公示5200余条); "
        "enforcement-capacity (持证上岗; 案卷评查412卷; 培训1160人次); emergency (依法实施疫情防控, 通告9份; 修订专项应急预案11个); major-decisions "
        "(目录5项, 五项程序); legal-advisers (列席常务会议23次, 法律意见书67份); reconsideration (复议82件, 纠错9件; 出庭应诉率100%); disputes (调处3618件; "
        "来信来访1420件次); supervision (检察建议3件、司法建议1件…回复并落实整改); transparency (主动公开6120条; 依申请36件; 解读42次); legal-publicity "
        "(八五; 法律明白人3260名; 谁执法谁普法; 法治副校长); officials-study (网上学法考试). Outdated: 新冠肺炎 (three times) in a text published "
        "2023-03-15, after the 2022-12-26 rename. 『在县人大及其常委会的监督下』 is a formula.")

R(26, 2022, "2022-12-30", "新店镇2022年法治政府建设工作总结",
  [M, S, N], [],
  {M: "一、主要做法及成效", S: "二、存在的问题", N: "三、2023年工作打算"},
  T("legal-publicity", "enforcement-capacity", "emergency", "disputes"),
  doubtful=T("fangguanfu"),
  outdated=["七五普法", "新冠肺炎"],
  notes="Township, short complete report from a portal, published 2022-12-30 (before the year is over). legal-publicity: 法治宣传12场; 法治进校园"
        "4场. enforcement-capacity: 案卷均送县司法局评查; 8名队员全部取得行政执法证件. emergency: 依法设置疫情防控卡点; 修订…突发公共卫生事件应急预案, "
        "演练2次. disputes: 调处矛盾纠纷132件; 化解信访积案4件. fangguanfu doubtful: only 梳理镇级履职事项清单 (048, 086). xi-thought only in the "
        "preamble (认真践行习近平法治思想). Outdated: 『深入开展“七五”普法』 cites the old plan as current in 2022; 新冠肺炎 appears in a text published "
        "2022-12-30, after the 2022-12-26 rename (by four days).")

R(27, 2022, "2023-02-20", "梅溪县交通运输局2022年度法治政府建设工作报告",
  [], [M], {},
  T("party-leadership", "fangguanfu", "digital", "enforcement-capacity", "enforcement-three-systems", "legal-publicity"),
  notes="County department, portal extract (发布时间:2023-02-20 09:15:32, half-width colons), 第一/第二 run-in items, ends on a bare 『第五，』. "
        "party-leadership: 局党组会议…专题研究法治政府建设工作4次; 工作要点; 纳入…绩效考核. fangguanfu: “证照分离”; 取消许可. digital: 电子证照, 全年"
        "新发电子证照1860张. enforcement-capacity: 全员轮训2次; 持证率100%. three-systems: recording child only (执法记录仪40台…全过程音像记录). "
        "legal-publicity: 谁执法谁普法; 法治宣传8场次 to 驾驶员. xi-thought only in the opening sentence (preamble). 『查处非法营运车辆63台』 is a "
        "campaign (no topic).")

R(28, 2022, "2023-03-29", "东陵市人民政府关于东陵市2022年度法治政府建设情况的报告",
  [M, S, F, N], [],
  {M: "一、主要举措和成效", S: "二、存在的不足和原因", F: "三、党政主要负责人履行推进法治建设第一责任人职责情况",
   N: "四、2023年主要安排"},
  T("xi-thought", "party-leadership", "fangguanfu", "normative-docs", "major-decisions", "legal-advisers",
    "enforcement-three-systems", "enforcement-capacity", "emergency", "disputes", "supervision", "transparency",
    "legal-publicity", "officials-study"),
  doubtful=T("digital", "reconsideration-litigation"),
  notes="City, full report from a portal (时间：2023-03-29); title over two lines (joined); half-width (一). xi: “第一议题”…专题学习习近平法治思想7次; "
        "党校必修课程. party: 第一责任人职责清单; 工作要点31项; 实地督察. fangguanfu: 负面清单; 证照分离; 一件事一次办; 涉企检查压减; 双随机; 法治体检. "
        "normative: 审核26件; 备案审查138件, 纠正6件; 清理. major-decisions: 目录8项, 五项程序; 听证会. legal-advisers: 全覆盖; 公职律师86名; 审查93件. "
        "three-systems: 公示14.2万条; 法制审核覆盖率100%; 执法记录仪. enforcement-capacity: 案卷评查2360卷; 轮训; 持证率. emergency: 通告37份; 预案; "
        "演练82场; 应急响应. disputes: 调解3.6万件; 信访1.1万件. supervision: 审计查出问题整改率96%. transparency: 主动公开3.8万条; 依申请612件. "
        "legal-publicity: 八五; 法律明白人; 宪法宣传周; 法治副校长. officials-study: 专题述法12人次; 网上学法考法. digital doubtful: only the award in the "
        "preamble (获评全省数字政府建设先进市); 一窗受理 is not online, and the 行政执法监督平台 is a 2023 plan. reconsideration doubtful: in part 一 only "
        "『市政府常务会议全年研究审议了行政复议体制改革实施方案、…等事项』 (deliberation list) and 行政争议多元化解中心挂牌 (061/066); the 市长 出庭应诉 "
        "is in part 三. 新冠病毒感染 (the new name) is used: nothing outdated.")

# ---------------------------------------------------------------- 2023
R(29, 2023, None, "云岭街道办事处2023年度法治政府建设工作报告",
  [M, F, S, N], [],
  {M: "一、2023年度推进法治政府建设主要举措和成效", F: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
   S: "三、存在的不足和原因", N: "四、2024年工作安排"},
  T("xi-thought", "party-leadership", "fangguanfu", "digital", "major-decisions", "legal-advisers",
    "enforcement-capacity", "enforcement-three-systems", "disputes", "reconsideration-litigation", "transparency",
    "legal-publicity", "officials-study", "emergency"),
  outdated=["新冠肺炎"],
  notes="Street, full Word report with bold-style run-in items 1.–9.; addressee line; signed 二〇二四年一月二十二日: published null. xi: 纳入…中心组"
        "年度学习计划，全年开展专题学习4次; 党校专题培训班. party: 党工委会议…专题研究法治建设工作2次; 工作要点; 纳入…考核; 督查2次. fangguanfu: “一窗"
        "通办”“帮办代办”. digital: 依托区级政务服务平台…网上办、掌上办…5400余件. major-decisions: 三重一大…征求居民意见、经法律顾问合法性审查后…集体"
        "讨论决定. legal-advisers: 审查合同32份; 列席8次. enforcement-capacity: 24名全部取得行政执法证件; 培训3次 (专项整治 itself no topic). "
        "three-systems: publicity child only (公示执法主体…处罚决定39件); 二/三/四 show recording is missing. disputes: 调处412件; 接访216人次. "
        "reconsideration: 行政诉讼案件2件，办事处主任出庭应诉1次. transparency: 主动公开…186条, 依申请3件. legal-publicity: 八五; 法律明白人206名; "
        "宪法宣传周; 青少年法治教育. officials-study: 党工委会议会前学法…14次. emergency: 修订…防汛应急预案, 演练, 转移安置. Outdated: "
        "『新冠肺炎疫情防控平稳转段』 in a 2023 report. 『党委领导、政府负责、社会协同、公众参与、法治保障』 is a formula.")

R(30, 2023, "2024-03-05", "石坪县自然资源局2023年度法治政府建设情况报告",
  [], [M, N], {},
  T("fangguanfu", "digital", "enforcement-three-systems", "reconsideration-litigation", "disputes", "normative-docs"),
  notes="County department, portal (发文日期：2024-03-05; [字体][打印本页][关闭窗口]). Only topical (一)–(四) headings; closes with one 下一步 "
        "sentence (next-year as content). The preamble lists 依法行政、严格规范执法、深化“放管服”改革、强化普法宣传、化解矛盾纠纷 (slogan). fangguanfu: "
        "“多测合一”…“交地即交证”, 37个项目. digital: 不动产登记实现“全程网办”. three-systems: all three named as implemented; 11件…均经法制审核. "
        "reconsideration: 复议6件; 诉讼11件, 出庭率100%. disputes: 接待群众来访184批次, 信访事项96件. normative-docs: 2件规范性文件均经…合法性审核…报备. "
        "Not enforcement-capacity: 执法人员全员持证 is in the 下一步 sentence; 耕地保护督察反馈问题整改 is not a topic (nor party-leadership). Not "
        "legal-publicity (preamble only).")

R(31, 2023, None, "西江省人民政府关于2023年度法治政府建设情况的报告",
  [M], [],
  {M: "一、主要工作及成效"},
  T("xi-thought", "party-leadership", "fangguanfu", "digital", "normative-docs", "major-decisions"),
  doubtful=T("legal-publicity"),
  notes="Province, report to the 人大常委会; the subtitle 『——2024年5月24日在…第九次会议上』 is a delivery date: published null (078, 082). The "
        "addressee line is not a title. xi: 省政府党组严格落实“第一议题”制度，全年专题学习习近平法治思想6次. party: 常务会议专题研究…4次; 工作要点; "
        "省级法治督察, 整改213个; 示范地区. fangguanfu: 营商环境条例实施细则; 一照多址; 一件事一次办. digital: 全程网办率96%; 跨省通办186项. normative: "
        "审核39件; 备案审查571件, 纠正14件. major-decisions: 9项重大行政决策事项…五项程序. legal-publicity doubtful: 『组织开展习近平法治思想宣讲4300余"
        "场次』 names no audience (078, 096). 地方性法规/规章 are 立法 (no topic). 『在省人大及其常委会的监督支持下』 is a formula.")

R(32, 2023, "2024-01-05", "双河镇2023年法治政府建设工作报告",
  [M, S, N], [],
  {M: "一、2023年工作开展情况", S: "二、存在的问题", N: "三、2024年工作打算"},
  T("party-leadership", "officials-study", "legal-publicity", "disputes"),
  doubtful=T("fangguanfu", "legal-advisers"),
  outdated=["十九大"],
  notes="Township, short complete report from a portal (时间：2024-01-05). party-leadership: 把法治建设纳入全镇年度重点工作; 纳入村（社区）年度目标考核, "
        "约谈2个村. officials-study: 镇村干部集中学习《乡村振兴促进法》…6次; 依法行政专题讲座. legal-publicity: 法治电影下乡12场; 法治宣传9场次 to 村民; "
        "法治安全第一课. disputes: 调处矛盾纠纷98件. fangguanfu doubtful: under 五是优化营商环境 only 『高度重视营商环境建设』 and an award (全县…优化营商"
        "环境先进单位). legal-advisers doubtful: only 『“村级法律顾问”每月到村坐班，为村民提供法律咨询』 (public legal service, not the government's adviser). "
        "xi-thought only as 坚持以习近平法治思想为指导 (preamble). Outdated: 『深入贯彻落实党的十九大和十九届历次全会精神』 as the latest congress in a 2023 report.")

# ---------------------------------------------------------------- 2024
R(33, 2024, "2025-03-28", "清江区人民政府2024年度法治政府建设情况报告",
  [], [M, F], {},
  T("xi-thought", "officials-study", "party-leadership", "fangguanfu", "digital"),
  doubtful=T("enforcement-capacity"),
  notes="District government, portal extract (发布日期：2025-03-28); topical L1 headings; ends after heading 三. 第一责任人 only in the sentence "
        "『区政府主要负责同志切实履行推进法治建设第一责任人职责，制定《…实施方案》』: implicit. xi-thought: 常务会议落实会前学法制度，全年专题学习习近平"
        "法治思想、《行政复议法》等内容10次 (vehicle: 常务会议会前学法) — the same sentence gives officials-study (study of a law named by its title; not "
        "reconsideration). party-leadership: 实施方案…28项任务. fangguanfu: “高效办成一件事”重点事项13个; “综合查一次”, 联合检查146次. digital: “一网通办”率"
        "98.6%; 免证办. Plans mixed into 一: 重大行政决策程序…实施细则 (计划于2025年) and 法律顾问 (力争2025年底前): major-decisions and legal-advisers not "
        "counted. enforcement-capacity doubtful: heading 三、规范执法行为，提升执法公信力 with only a slogan under it. 『党委领导、政府负责、社会协同、公众参与、"
        "法治保障』 is a formula.")

R(34, 2024, None, "石坪县市场监督管理局2024年度法治政府建设情况报告",
  [M, F, S, N, O], [],
  {M: "一、2024年度推进法治政府建设的主要举措和成效", F: "1.认真履行推进法治建设第一责任人职责。",
   S: "二、存在的不足和原因", N: "三、2025年工作安排", O: "四、其他需要报告的事项"},
  T("party-leadership", "xi-thought", "officials-study", "fangguanfu", "digital", "enforcement-three-systems",
    "legal-advisers", "enforcement-capacity", "disputes", "reconsideration-litigation", "emergency", "transparency",
    "supervision", "legal-publicity"),
  doubtful=T("normative-docs"),
  notes="County department, full Word report with four heading levels (一、（一）1.（1）), signed 2025年2月20日: published null. 第一责任人 is the "
        "L3 run-in heading under (一) inside part 一. party-leadership: 局党组会议专题研究法治建设工作4次; 工作要点20项. xi: “第一议题”…专题学习6次; 专题培训班. "
        "officials-study: 局务会会前学法…12次; 法律知识考试2次; 述法. fangguanfu: “开办一件事”; 一照多址; 双随机; 包容审慎. digital: 企业开办全程网上办理; "
        "“互联网+监管”…远程监管. three-systems: all three (公示1260条; 执法记录仪; 19件…法制审核). legal-advisers: 公职律师2名全程参与法制审核. "
        "enforcement-capacity: 96名…持证上岗; 培训6期; 案卷评查120卷; 裁量基准. disputes: 调解消费纠纷2816件. reconsideration: 复议3件…维持; 诉讼1件, 局长出庭应诉. "
        "emergency: 修订…食品安全突发事件应急预案, 演练. transparency: 主动公开342条, 依申请5件 (the 信用信息公示 of 处罚 is 执法公示). supervision: 人大代表"
        "建议3件、政协委员提案4件. legal-publicity: 谁执法谁普法; 进校园26场; 以案释法. normative-docs doubtful: only 公平竞争审查28件 and 清理存量政策措施 "
        "(069/083); no 规范性文件 审核/备案. No major-decisions.")

R(35, 2024, "2025-03-31", "东岭县2024年法治政府建设工作报告",
  [M], [],
  {M: "一、2024年工作成效"},
  T("fangguanfu", "enforcement-capacity", "transparency"),
  doubtful=T("party-leadership", "supervision"),
  notes="County government, portal extract (日期：2025-03-31, on the deadline). fangguanfu: 证照分离; 一照多址; “高效办成一件事”…15个; 证明事项清单28项. "
        "enforcement-capacity: 行政执法案卷评查…420卷; 突出问题专项整治, 纠正…63个. transparency: 主动公开政府信息5230条, 依申请41件, 政策解读67篇. "
        "party-leadership doubtful: heading （一）加强党的领导 over a slogan only (『始终把法治政府建设摆在全局工作的重要位置』, cf. fuling). supervision doubtful: "
        "『县政府每年向县人大常委会报告法治政府建设情况，自觉接受人大监督、政协民主监督…』 (009/077). xi-thought only in the preamble.")

R(36, 2024, "2025-02-27", "西江省生态环境厅2024年度法治政府建设工作报告",
  [M, F, S, N], [],
  {M: "一、2024年推进法治政府建设的主要举措和成效", F: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
   S: "三、存在的不足和原因", N: "四、2025年主要安排"},
  T("xi-thought", "party-leadership", "officials-study", "fangguanfu", "digital", "normative-docs", "major-decisions",
    "legal-advisers", "enforcement-three-systems", "enforcement-capacity", "emergency", "disputes",
    "reconsideration-litigation", "supervision", "transparency", "legal-publicity"),
  notes="Provincial department, full report from a portal (发布时间：2025-02-27); addressee line. All 16 topics in part 一: xi (“第一议题”…专题学习"
        "5次; 专题培训班); party (党组会议专题研究4次; 工作要点22项; 目标考核); officials-study (会前学法10次; 旁听庭审); fangguanfu (环评审批提速; 权责清单; "
        "告知承诺制); digital (全程网办; 电子证照; 移动执法系统/非现场执法); normative (7件…合法性审核, 报备; 清理); major-decisions (排污权…管理办法 as "
        "重大行政决策: 公开征求意见, 专家论证, 风险评估, 合法性审查, 集体讨论决定); legal-advisers (法律顾问和6名公职律师…审查46份); three-systems (公示, 记录仪, "
        "9件法制审核); enforcement-capacity (大练兵3200人次; 持证率99.2%); emergency (修订应急预案; 演练; 处置4起); disputes (12345热线和信访渠道…1.6万件); "
        "reconsideration (复议8件, 诉讼5件, 出庭2次); supervision (人大执法检查…12个问题…整改; 建议提案); transparency (2860条; 37件); legal-publicity "
        "(谁执法谁普法; 620余场; 进企业). 习近平生态文明思想 is not xi-thought (xi counted on the 第一议题 sentence).")

# ---------------------------------------------------------------- 2025
R(37, 2025, "2026-01-30", "杏林镇2025年度法治政府建设情况报告",
  [M, S, F, N], [],
  {M: "一、主要举措和成效", S: "二、存在的不足和原因", F: "三、党政主要负责人履行推进法治建设第一责任人职责情况",
   N: "四、下一步工作打算"},
  T("xi-thought", "party-leadership", "major-decisions", "enforcement-capacity", "enforcement-three-systems",
    "fangguanfu", "disputes", "transparency", "legal-publicity", "officials-study", "emergency"),
  doubtful=T("legal-advisers", "supervision"),
  notes="Township, full report from a portal (发布日期：2026-01-30; 【打印】【关闭】). xi: “第一议题”; 中心组…专题学习习近平法治思想4次; 党校专题培训; "
        "宣讲进村组28场 (to 村民: also legal-publicity). party: 党委会议…专题研究法治建设工作3次; 工作要点16项; 纳入…考核; 督查. major-decisions: "
        "“三重一大”…公众参与、合法性审查和…集体讨论决定. enforcement-capacity: 11名…全部持有行政执法证件; 培训4次; 案卷自查. three-systems: recording "
        "child only (全程佩戴执法记录仪). fangguanfu: 为…12家…企业开展“法治体检”. disputes: 调处186件; 接访; 信访积案. transparency: 主动公开238条; 依申请2件. "
        "legal-publicity: 八五总结验收; 法律明白人126名; 宪法宣传周; 法治进校园. officials-study: 镇党委会会前学法…15次. emergency: 修订…防汛抗旱应急预案; "
        "演练3次; 启动防汛应急响应. legal-advisers doubtful: the adviser appears only as a lecturer for villagers (《民法典》专题讲座4场) and in the 法治体检 "
        "for enterprises, never advising the township (the 下一步 part plans that). supervision doubtful: 『镇人大主席团听取了镇政府关于2024年度法治政府"
        "建设情况的报告』 (reporting to 人大 without more). 『在镇人大的监督支持下』 is a formula.")

R(38, 2025, "2026-03-02", "北屏县司法局2025年度法治政府建设情况报告",
  [M], [],
  {M: "一、2025年工作推进情况"},
  T("xi-thought", "legal-publicity", "reconsideration-litigation", "disputes", "enforcement-capacity",
    "normative-docs", "major-decisions"),
  notes="County 司法局, portal extract (发布日期：2026年3月2日, after the departments' 03-01 date). A department whose own business is several topics: "
        "they count as its actions. xi: 局党组…“第一议题”…专题学习习近平法治思想…8次; 专题网络培训 (this is xi only, not officials-study). legal-publicity: "
        "“八五”普法总结验收; 谁执法谁普法履职报告评议; 主题活动386场次; 法治进校园; 法律明白人. reconsideration: 县政府行政复议机构…申请126件…纠错14件. "
        "disputes: 调处矛盾纠纷5136件; 调处化解中心. enforcement-capacity: 案卷评查520卷. normative-docs: 审核县政府规范性文件7件, 备案审查19件, 纠正1件. "
        "major-decisions: 为县政府重大行政决策、重大合同出具合法性审查意见164份 (legality review applied to decisions).")

R(39, 2025, None, None,
  [F, S], [],
  {F: "二、党政主要负责人履行推进法治建设第一责任人职责情况", S: "三、存在的不足和原因"},
  T("xi-thought", "officials-study", "party-leadership", "legal-advisers", "major-decisions"),
  notes="City, parts 二 and 三 only (no title, no measures part); year from 『2025年，市政府主要负责同志…』. Whole-excerpt scope. xi: 常务会议…“第一议题”"
        "…专题学习习近平法治思想5次. officials-study: 常务会议会前学法12次 (《矿产资源法》); 专题述法; 部门负责人述法全覆盖. party-leadership: 主持召开常务会议"
        "专题研究法治政府建设工作5次; 工作要点; 实地督察. legal-advisers: 坚持重大行政决策出台前听取法律顾问意见 (general but explicit). major-decisions: "
        "对未经合法性审查的议题一律不提交常务会议讨论. Part 三 names problems only (复议纠错率偏高, 数据共享不够): no reconsideration or digital.")

R(40, None, None, None,
  [], [M], {},
  T("enforcement-three-systems", "enforcement-capacity", "fangguanfu", "digital"),
  doubtful=T("legal-publicity"),
  notes="County-level section (三) cut out of a report: no title, no year anywhere (the 提升行政执法质量三年行动 and 扫码入企 suggest 2024–2025, but "
        "the text never says): year null. three-systems: 全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度; 审核重大执法决定217件. "
        "enforcement-capacity: 案卷集中评查360+120卷; 轮训1320人次; 证件年审, 注销38件、新申领96件. fangguanfu: 规范涉企行政检查, “扫码入企”, “综合查一次” "
        "(事中事后监管 / 营商环境). digital: 依托省行政执法监督信息系统…线上预警 (online system for enforcement). legal-publicity doubtful: only 『执法人员当场"
        "开展法律法规宣讲和行政指导』 to the parties spared a penalty (谁执法谁普法 in practice, audience = 当事人).")


if __name__ == "__main__":
    assert [r["file"] for r in RECORDS] == [f"texts/k{i:02d}.txt" for i in range(1, len(RECORDS) + 1)]
    out = RECORDS.write(Path(__file__).parent)
    print(f"{len(RECORDS)} records -> {out}")
