"""Labels for bench/heldout7 (invented texts). Run: python bench/heldout7/make_labels.py -> labels.json."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldoutkit import (  # noqa: E402
    ADV, CAP, DEC, DIG, DISP, EMER, FGF, NDOC, OPEN, PARTY, PUB, RECON, STUDY, SUP, THREE, XI, F, Labels, M, N, O, S)

R = RECORDS = Labels("r")


# Scope used for topics: the measures part when a heading names it (its sub-items included, also an L2/L3
# 第一责任人 item inside it); otherwise the whole text. Preamble slogans, plans and the
# shortcomings / next-year parts never count. See README.md.

R(1, 2016, "2017-03-20", "梧岭县人民政府关于2016年度法治政府建设情况的报告",
  parts=(M, S, N),
  headings={M: "一、2016年推进依法行政、建设法治政府的主要工作", S: "二、存在的问题和不足", N: "三、2017年工作打算"},
  topics=(PARTY, FGF, NDOC, DEC, ADV, CAP, DISP, RECON, SUP, OPEN, PUB, STUDY),
  notes="Portal page, 发布时间 2017-03-20; signature date 2017-03-15 is not a label. 纲要(2015—2020年) and 七五 current for 2016. "
        "party: 领导小组调整, 常务会专题研究3次, 目标考核. fangguanfu: 取消21项/权力清单/三证合一/双随机. normative: 审查19件 备案 清理. "
        "decisions: 程序规定 + 风险评估/合法性审查 of 4 decisions. advisers: 2家律所 列席14次. capacity: 执法资格考试, 案卷评查. "
        "recon: 复议26件, 出庭9件. disputes: 人民调解1870件. supervision: 审计 12 部门 with 整改. transparency: 主动公开4521条. "
        "publicity: 七五规划, 法律进乡村. study: 会前学法10次. Near misses: 双随机 is not three-systems; 三项制度 only in the 2017 plan; "
        "互联网+政务服务 only in shortcomings/plan (digital absent); no 第一责任人 text at all (2016).")
R(2, 2016, None, "澜州市水利局2016年度依法行政工作报告",
  parts=(M, S, N), headings={M: "一、主要工作开展情况", S: "二、存在的不足", N: "三、下一步工作打算"},
  topics=(CAP, FGF, PUB, DISP),
  notes="Word text with addressee 市政府法制办 and signature date 2017-01-16 (no publication label): published null. "
        "capacity: 执法人员法律知识培训 + 换领执法证件 + 案卷评查. fangguanfu: 9项审批进驻服务中心, 时限压缩40%. publicity: 水法宣传6000份. "
        "disputes: 调处取水纠纷3起. Near misses: emergency only as 局党组要求各水管单位…修订防汛应急预案 (a demand): not counted; "
        "法律顾问 only as 计划聘请 in the next-year part: not counted.")
R(3, 2016, None, None, implicit=(M,),
  topics=(PARTY, DISP, PUB, STUDY), doubtful=(OPEN,),
  notes="No title; PDF copy with mid-sentence line breaks and page numbers '— 1 —'. Year from opening 2016年. Topical headings only: measures implicit. "
        "party: 领导小组 set up, 党委会两次专题听取依法行政汇报. disputes: 排查化解67件. publicity: 七五实施方案, 法治宣传12场. "
        "study: 机关干部参加普法知识考试 (学法考法). transparency doubtful: only 村务公开 (village, not government affairs). "
        "Near misses: 安全生产大检查 is not enforcement-capacity; 综合执法规范化建设 only as 2017年…将 plan.")
R(4, 2016, "2017-02-08", "江岸市商务局2016年法治政府建设工作总结", implicit=(M,),
  topics=(DEC, ADV, FGF, DIG, PUB, STUDY),
  notes="Title without 报告; 【】 run-in headings, all topical: measures implicit. Date 日期：2017年02月08日. "
        "decisions: 三重一大 集体讨论决定17项. advisers: 事先征求法律顾问意见 on 3 items. fangguanfu: 审批下放, 负面清单外备案. "
        "digital: 外资备案全部网上办理. publicity: 进企业宣讲 to enterprises. study: 中心组学习对外贸易法等4次. "
        "Near misses: 专项执法检查 are campaigns (capacity not counted); 起草规范性文件3件 is drafting (normative-docs not counted).")
R(5, 2017, None, "南屏市人民政府关于2017年度法治政府建设情况的报告",
  parts=(M, F, S, N),
  headings={M: "一、2017年法治政府建设基本情况", F: "（一）认真履行推进法治建设第一责任人职责",
            S: "二、存在的主要问题", N: "三、2018年工作安排"},
  topics=(PARTY, FGF, DIG, NDOC, ADV, THREE, EMER, RECON, OPEN, PUB, STUDY), doubtful=(DISP, SUP),
  notes="人大常委会 report; subtitle date 2018-04-24 is a delivery date: published null. Six-term goal current for 2017. "
        "first-responsible: L2 heading. party: 常务会专题研究3次, 工作要点, 绩效考核, 专项督查. fangguanfu: 最多跑一次1287项. "
        "digital: 网上办事大厅 786项. normative: 审查24件 备案. advisers: 法律顾问室 审查合同92份. three-systems: 三项制度试点 + 执法记录仪. "
        "emergency: 应急预案修订, 演练. recon: 复议312件, 出庭率46%. transparency: 主动公开1.8万条. publicity: 谁执法谁普法. "
        "study: 会前学法12次. Doubtful: disputes only as 常务会议研究部署了信访积案化解… (deliberation list); supervision only 主动向市人大常委会报告. "
        "Near misses: 立法听证会 and 公开征求意见 on 政府规章 are law-making, not 重大行政决策; 蓝天行动专项执法 is a campaign (capacity not counted; capacity only in plan); major-decisions only in the preamble slogan 依法决策 and the 2018 plan.")
R(6, 2017, "2018-01-29", "锦川市人力资源和社会保障局2017年法治政府建设工作情况", implicit=(M,),
  topics=(PARTY, FGF, THREE, DISP, STUDY),
  notes="Run-in topical headings only: measures implicit. party: 纳入年度重点工作, 同考核, 任务分解表. fangguanfu: 双随机抽查326户. "
        "three-systems: 执法全过程记录 + 执法记录仪 (one child). disputes: 仲裁 + 调解680件. study: 学习行政诉讼法, 专题讲座, 学法考试. "
        "Near misses: studying 行政诉讼法 is not reconsideration-litigation; 工资支付专项检查 is a campaign (capacity not counted); "
        "互联网+人社 only as 下一步将 (digital not counted).")
R(7, 2017, "2018-03-02", "青台经济技术开发区管理委员会2017年度法治政府建设情况报告",
  parts=(M, S, N), headings={M: "主要工作和成效", S: "存在的问题", N: "2018年工作思路"},
  topics=(ADV, DISP), doubtful=(FGF, CAP),
  notes="Bare-line headings without numbers. advisers: 常年法律顾问 审查合同26份. disputes: 调解劳资纠纷21起. "
        "Doubtful: fangguanfu only as 管委会赋权54项 (055-type); capacity only as 组建综合行政执法局 (reform on its own). "
        "Near misses: 合同审查 alone is not major-decisions; 持证率偏低 is a shortcoming; normative-docs and 多评合一 only in the 2018 plan.")
R(8, 2017, None, "柳湾街道办事处关于2017年度法治政府建设工作情况的报告",
  parts=(M, F, S, N),
  headings={M: "一、2017年工作开展情况", F: "（一）落实第一责任人职责", S: "二、存在问题及下步打算", N: "二、存在问题及下步打算"},
  topics=(PARTY, PUB, DISP, FGF), doubtful=(OPEN,),
  notes="Title over two lines (joined); Word text with addressee and signature date: published null. Combined heading 存在问题及下步打算 counts for S and N. "
        "party: 第一责任人 主持法治建设专题会议2次. publicity: 谁执法谁普法, 宪法宣传进社区9场. disputes: 调解213件, 接访87批次. fangguanfu: 最多跑一次42项. "
        "transparency doubtful: heading 推进信息公开 but content is only the annual report put online. Near misses: 法律顾问 and 合法性审查 only as 下一步…将.")
R(9, 2018, None, "东坪区人民政府2018年法治政府建设年度报告",
  parts=(M, F, S, N),
  headings={M: "一、2018年主要举措和成效", F: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
            S: "三、存在的不足和原因", N: "四、2019年主要安排"},
  topics=(PARTY, FGF, DIG, NDOC, DEC, THREE, CAP, RECON, DISP, SUP, OPEN, PUB), doubtful=(STUDY,),
  notes="PDF copy with page numbers; items 第一，…第九， run-in. 在区人大的监督支持下 is a formula. "
        "party: 常务会5次, 工作要点, 绩效考核. fangguanfu: 许可压减, 证照分离, 证明清理. digital: 全程网上办理82%, 数据共享平台. "
        "normative: 审查14件, 清理216件. decisions: 听证会 + 专家论证 + 常务会集体讨论 for 3 decisions. three-systems: 全过程记录, 记录仪. "
        "capacity: 持证1326人, 培训考试, 案卷评查. recon: 出庭率78%. disputes: 调解2411件. supervision: 检察建议3件 整改. "
        "transparency: 主动公开6390条. publicity: 宪法宣传周, 宣讲86场. "
        "officials-study doubtful: 会前学法11次 and 述法 appear only in the separate L1 第一责任人 part, outside the measures part. "
        "Near misses: 法律顾问/公职律师 only in shortcomings and the 2019 plan (not counted); 课题 on 法治政府建设路径 is not xi-thought; 公共法律服务 platforms are not disputes; xi-thought absent (2018, only 新时代思想 in preamble).")
R(10, 2018, "2019-01-22", "澄溪县气象局2018年度法治建设工作总结", implicit=(M,),
  topics=(FGF, EMER, PUB), doubtful=(OPEN, RECON),
  notes="Central-vertical office; one paragraph with 一是…五是. fangguanfu: 防雷许可进驻服务中心, 时限压缩. emergency: 应急预案修订, 应急响应4次. "
        "publicity: 气象日进校园社区法规宣传. transparency doubtful: only 公开许可事项目录和办事指南, approval information of the 审批 reform (042-type). "
        "recon doubtful: only 全年未发生…行政复议和行政诉讼案件 (zero). Near misses: 防雷安全联合检查 is an inspection (capacity not counted); "
        "先进单位 award gives nothing.")
R(11, 2018, None, "汶江市粮食局2018年度依法行政工作报告",
  parts=(M, S, N), headings={M: "1.2018年主要工作情况", S: "2.存在问题", N: "3.2019年工作打算"},
  topics=(FGF, THREE, EMER, NDOC, DIG),
  notes="Numbering 1./(1). digital: 收购资格审核网上申报 (item 6). fangguanfu: 双随机抽查47家. three-systems: 执法公示 112条 (one child). emergency: 粮食应急预案, 演练. normative: 清理 保留4件 废止2件. "
        "Near misses: 党组学习新时代思想和十九大 is neither xi-thought nor officials-study; 法律顾问, 法制审核, 法律知识培训 only in the 2019 plan.")
R(12, 2018, "2019-02-25", None,
  parts=(M,), implicit=(F,), headings={M: "一、2018年度法治政府建设推进情况"},
  topics=(PARTY, FGF, DISP, OPEN, STUDY), doubtful=(DIG, RECON),
  notes="No title line (breadcrumbs then date); year from the measures heading. first-responsible implicit: item (一) body 局长认真履行…第一责任人职责，亲自部署. "
        "party: 党组会议专题研究法治工作2次, 工作计划. fangguanfu: 取消筹备审批, 双随机. disputes: 调解58件. transparency: 公开救助政策, 解读3篇. "
        "study: 学习《社会救助暂行办法》等. digital doubtful: only 网上预约 via 公众号. recon doubtful: zero cases only.")
R(13, 2019, None, "澜州市住房和城乡建设局关于2019年度法治政府建设情况的报告",
  parts=(M, S, F, N, O),
  headings={M: "一、主要举措和成效", S: "二、存在的不足和原因", F: "三、党政主要负责人履行推进法治建设第一责任人职责情况",
            N: "四、2020年工作安排", O: "五、其他需要报告的情况"},
  topics=(FGF, DIG, THREE, CAP, ADV, DISP, RECON, SUP, EMER, PUB, STUDY, PARTY), doubtful=(DEC, NDOC, OPEN),
  notes="Word text with 文号, addressee, signature 2020-02-20: published null. Five parts in the regulation's order; numbering 一、/（一）/1. "
        "fangguanfu: 工程建设项目审批改革, 时限压缩. digital: 审批系统全流程网上办理. three-systems: three 办法 + 法制审核12件. "
        "capacity: 执法资格考试, 案卷评查. advisers: 法律顾问 合法性审查, 列席6次. disputes: 物业纠纷调解326件, 信访418件. "
        "recon: 复议9件, 局长出庭1件. supervision: 市审计局审计, 6个问题整改. emergency: 应急预案, 演练2次. publicity: 宪法进工地. "
        "study: 中心组集体学法4次, 学法考试. party: 纳入年度重点工作, 工作要点 (item 九). "
        "Doubtful: decisions only as 合法性审查 of a 实施方案 (073-type; no decision procedure); normative-docs only as 公平竞争审查 of policy measures; "
        "transparency only as publishing the annual report.")
R(14, 2019, "2020-01-08", "白沙乡2019年法治政府建设工作情况报告", implicit=(M, F),
  topics=(PARTY, PUB, DISP, STUDY), doubtful=(ADV,),
  notes="One paragraph with 一是…五是 item titles; none names a part. first-responsible implicit: 乡党委书记认真履行…第一责任人职责，乡党委会议专题研究. "
        "publicity: 培训法律明白人120名 to villagers. disputes: 枫桥经验, 调解94件. study: 观看庭审直播, 学习土地管理法修正案. "
        "advisers doubtful: 一村一法律顾问 serves villagers (public legal service), not the government. "
        "Near misses: 主动接受乡人大主席团监督 in the opening (formula; supervision not counted); 便民服务中心 only 拟在2020年 (fangguanfu not counted).")
R(15, 2019, "2020-03-27", "青屿海关2019年度法治海关建设工作情况", implicit=(M,),
  topics=(PARTY, FGF, DIG, THREE, CAP, RECON, PUB),
  notes="Central-vertical customs office; title over two lines, no 报告; only topical (一)…(六). party: 纳入工作要点, 关党委会议3次, 专项督查. "
        "fangguanfu: 通关时间压缩, 取消验核证件13种. digital: 单一窗口, 全部审批网上办理. three-systems: 三项制度, 法制审核87件. "
        "capacity: 执法资格考试 (not officials-study). recon: 复议4件, 诉讼1件. publicity: 进企业进口岸 宣传.")
R(16, 2019, None, "关于2019年度法治政府建设工作的报告", implicit=(M,),
  topics=(PARTY, FGF, CAP, SUP, DIG, DISP),
  notes="Title without unit; Word text, addressee, signature 2020-01-08. No headings. party: 法治建设纳入重要议事日程. fangguanfu: 服务事项清单, 最多跑一次28项. "
        "capacity: 执法人员培训考试取得执法证. supervision: 县审计局专项审计, 4个问题整改. digital: 医保电子凭证. disputes: 来信来访23件. "
        "Near misses: 打击欺诈骗保专项治理 is a campaign; 一网通办 and 法制审核 only 力争/将 in 2020.")
R(17, 2020, "2021-03-26", "云港区2020年度法治政府建设情况报告",
  parts=(M, F, S, N),
  headings={M: "一、2020年法治政府建设主要举措和成效", F: "二、区政府主要负责人履行推进法治建设第一责任人职责情况",
            S: "三、存在的不足及2021年工作打算", N: "三、存在的不足及2021年工作打算"},
  topics=(XI, PARTY, EMER, NDOC, FGF, DIG, CAP, RECON, OPEN, PUB), doubtful=(DEC, SUP, STUDY, THREE),
  notes="Transitional 2020 report; 纲要(2015—2020年), 七五 and 新冠肺炎 (published 2021-03-26) are not outdated. "
        "xi: 常务会议第一时间专题学习习近平法治思想 + 中心组专题研讨. party: 常务会研究4次, 示范创建, 综合考核. emergency: 依法启动一级响应, 依法管控. "
        "normative: 涉疫文件合法性审核23件 (055-type). fangguanfu: 营商环境方案, 法治体检36家. digital: 不见面审批, 一网通办. "
        "capacity: 全员轮训, 案卷评查. recon: 复议58件, 出庭率91%. transparency: 主动公开5120条. publicity: 七五总结验收, 宣讲210场 to 群众. "
        "Doubtful: decisions only 常务会议集体研究议题186个 (collective decisions in general, 008-type); supervision only 向区人大常委会专题报告; "
        "officials-study only 述法 in the separate L1 第一责任人 part; three-systems only as 区长 批示 on 重大执法决定法制审核 in that part. Near misses: 法律顾问 and decision procedures only in the merged shortcomings/plan part.")
R(18, 2020, "2021-02-03", "栖州市体育局2020年法治政府建设工作报告",
  parts=(M, S, N), headings={M: "一、2020年工作推进情况", S: "二、存在的问题", N: "三、2021年工作打算"},
  topics=(FGF, CAP, PUB),
  notes="fangguanfu: 双随机抽查42家, 许可时限压缩. capacity: 执法业务培训, 新取证4人. publicity: 谁执法谁普法, 体育法宣传. "
        "Near misses: 线上赛/云健身平台 is a fitness service, not digital government (digital not counted); 疫情 only as the occasion for 线上普法 "
        "(emergency not counted); 中央全面依法治国工作会议精神 without naming 习近平法治思想 (xi not counted); 干部法律知识培训 only as a shortcoming.")
R(19, 2020, None, None, implicit=(M,),
  topics=(PARTY, EMER, ADV, DISP, PUB, STUDY),
  notes="No title, no headings; year from 2020年以来 and the 2020 工作要点. party: 纳入年度重点工作, 工作要点, 自查. emergency: 应急处置预案, 演练3次, 依法封闭管理. "
        "advisers: 律师任法律顾问, 审查合同14份. disputes: 参与信访案件化解6件. publicity: 民法典进社区16场. study: 机关干部民法典专题讲座. "
        "Near misses: 违法建设百日攻坚 is a campaign (capacity not counted); 区委依法治区办负责同志…强调要深入学习贯彻习近平法治思想 is someone else's instruction (xi not counted); "
        "八五/枫桥 only in the 2021 plan. 新冠肺炎 is not outdated in a 2020 report.")
R(20, 2020, None, "郁川县发展和改革局2020年度法治政府建设情况",
  parts=(M, S, N), headings={M: "一、主要做法", S: "二、存在的问题", N: "三、下步打算"},
  topics=(FGF, DIG, DISP, NDOC), doubtful=(DEC,),
  notes="PDF copy, line breaks mid-sentence, page number. fangguanfu: 负面清单, 非禁即入. digital: 在线审批监管平台 632件. disputes: 价格争议调解18件. "
        "normative: 管理办法 提请司法局合法性审核 (no 规范性文件 keyword in the item, but it is a county-government document reviewed for legality). "
        "decisions doubtful: 社会稳定风险评估 + 听证 of one 重大项目 (073-type, not named 重大行政决策). Near misses: 法律顾问, 法治培训 only in 下步打算.")
R(21, 2021, "2022-03-28", "溪城市人民政府关于2021年度法治政府建设情况的报告",
  parts=(M, F, S, N),
  headings={M: "一、2021年法治政府建设主要举措和成效", F: "（一）坚持党的领导，履行第一责任人职责",
            S: "二、存在的不足和原因", N: "三、2022年主要安排"},
  topics=(XI, PARTY, FGF, DIG, NDOC, THREE, CAP, DEC, ADV, DISP, RECON, EMER, SUP, OPEN, PUB, STUDY),
  notes="Complete 2021 report, every topic evidenced in part 一. Date 发布时间： 2022年3月28日. 新冠肺炎 before the rename: not outdated. "
        "xi: 中心组专题学习6次, 党校必修课. party: 常务会3次, 示范创建, 督察. fangguanfu: 证照分离, 告知承诺, 一件事. digital: 一网通办, 全程网办91%, 电子证照. "
        "normative: 审核29件, 民法典清理. three-systems: 公示12.4万条, 法制审核2136件. capacity: 持证8214人, 培训. decisions: 目录12项, five procedures. "
        "advisers: 法律顾问公职律师 247件, 312名. disputes: 枫桥, 调解4.6万件. recon: 复议1132件, 出庭率97.2%. emergency: 总体应急预案, 演练46场. "
        "supervision: 人大审议意见整改, 检察建议26件. transparency: 主动公开3.2万条. publicity: 八五规划, 谁执法谁普法. study: 会前学法10次, 述法.")
R(22, 2021, "2022-01-14", "鹤溪镇2021年度法治政府建设工作总结", implicit=(M,),
  topics=(CAP, ADV, PUB, DISP), doubtful=(FGF,), outdated=("廉洁高效、守法诚信", "七五普法"),
  notes="2021 report still using the six-term goal (preamble) and 七五普法规划 as current: both outdated. Topical (一)…(六): measures implicit. "
        "capacity: 执法资格考试, 取得执法证. advisers: 法律顾问审查合同21份, 列席8次. publicity: 送法下乡8次 (counted although under the outdated name). "
        "disputes: 调处73件. fangguanfu doubtful: only 承接县级赋权事项86项 and 赋权事项清单. "
        "Near misses: 习近平法治思想 only in the preamble; 党史学习教育 中心组 is neither xi-thought nor officials-study; 枫桥式/村级法律顾问 only 将/力争 in 2022.")
R(23, 2021, "2022-02-18", "宁渚市商务局2021年度法治政府建设年度报告",
  parts=(M, F, S, N),
  headings={M: "一、2021年推进法治政府建设主要举措和成效", F: "2.履行第一责任人职责。", S: "二、存在的不足", N: "三、2022年工作思路"},
  topics=(XI, PARTY, FGF, STUDY), doubtful=(DISP, NDOC),
  notes="first-responsible: inline item title 2.履行第一责任人职责。 (L3 inside measures). xi: 纳入中心组学习计划, 专题学习4次. "
        "party: 党组会议研究法治工作3次, 工作要点和责任清单. fangguanfu: 营商环境 action (外资企业投诉机制, 6件). study: 学习外商投资法/民法典, 讲座3期, 学法考试. "
        "Doubtful: disputes only as handling 外资企业投诉; normative-docs only as 公平竞争审查 of policy measures. "
        "Near misses: 单用途预付卡专项整治 is a campaign (capacity not counted); 法律顾问/三项制度 only 力争 in the 2022 part.")
R(24, 2021, None, "关于全县法治政府建设工作情况的报告",
  parts=(M, S, N), headings={M: "一、工作开展情况", S: "二、存在的问题", N: "三、下一步工作打算"},
  topics=(XI, PARTY, FGF, DIG, ADV, CAP, EMER, DISP, OPEN, SUP, PUB, STUDY), doubtful=(RECON,),
  notes="人大常委会 report; subtitle 2021-12-28 is a delivery date: published null. Year from 2021年以来 (title has none). "
        "xi: 常务会议第一议题 学习习近平法治思想4次. party: 实施方案, 纳入年度考核. fangguanfu: 一件事一次办. digital: 一网通办 95%. "
        "advisers: 法律顾问审查合同134份. capacity: 执法人员培训考试1046人. emergency: 依法应对暴雨, 一级应急响应. transparency: 主动公开2860条. "
        "supervision: 人大审议意见逐条整改. publicity: 八五规划, 民法典进农村120场. study: 领导干部旁听庭审. disputes: 灾后矛盾纠纷大排查. "
        "recon doubtful: only 常务会议听取了行政复议应诉工作情况汇报. Near misses: 要求各乡镇、各部门严格落实…决策程序 is a demand (decisions not counted); "
        "综合查一次/首违不罚 are not three-systems; 在县人大的监督支持下 is a formula; 出庭应诉率 only as a problem.")
R(25, 2022, None, "丰源县水利局2022年度法治政府建设工作报告",
  parts=(M, F, S, N),
  headings={M: "一、2022年法治政府建设主要举措和成效", F: "二、履行推进法治建设第一责任人职责情况",
            S: "三、存在的问题及下一步打算", N: "三、存在的问题及下一步打算"},
  topics=(XI, PARTY, FGF, DIG, EMER, THREE, DEC, NDOC, DISP, SUP, PUB, STUDY), doubtful=(OPEN,), outdated=("新冠肺炎",),
  notes="Word text, signature 2023-01-30, no publication label. 新冠肺炎 counted outdated: the text was written after 2022-12-26 (signature date; "
        "SPEC's fallback 03-31 of year+1 gives the same). Numbering down to (1). Merged L1 存在的问题及下一步打算 counts for S and N. "
        "xi: 党组会议第一议题 学习习近平法治思想9次. party: 党组会研究4次, 工作要点, 目标考核. fangguanfu: 告知承诺, 一件事联办. digital: 电子证照186本. "
        "emergency: 应急预案, 应急响应3次, 演练. three-systems: all three children. decisions: 三重一大21项集体讨论. normative: 合法性审核2件, 备案. "
        "disputes: 水事纠纷5起. supervision: 检察建议2件整改. publicity: 水法规进乡村进校园14场. study: 学习行政诉讼法/长江保护法, 讲座2期. "
        "transparency doubtful: heading 推进信息公开 but only the annual report published. "
        "Near misses: 清四乱专项行动 is a campaign and 持证9名 is in the shortcomings (capacity not counted); zero 复议/诉讼 cases only in the shortcomings and "
        "studying 行政诉讼法 (recon not counted); 法律顾问 only in shortcomings/plan.")
R(26, 2022, None, "城东街道2022年法治政府建设年度报告", implicit=(M, F),
  topics=(PARTY, FGF, DISP, EMER), doubtful=(PUB, STUDY),
  notes="PDF copy with page headers '第 1 页', mid-sentence breaks; only topical (一)…(六). first-responsible implicit: (六)落实领导责任 主要负责人…报告履行法治建设职责 (087-type, weak). "
        "party: 党工委会议听取法治建设汇报2次. fangguanfu: 一窗通办46项. disputes: 调处化解中心 化解305件. emergency: 应急处置预案, 演练4次. "
        "Doubtful: legal-publicity only 民主法治示范社区 命名 (054-type); officials-study only 年终述职 with 法治 content (not 述法). "
        "Near misses: 中心组学习二十大精神 is not xi-thought; 八五 only in the 2023 plan.")
R(27, 2022, "2023-01-18", "高新技术产业开发区管委会2022年法治政府建设情况", implicit=(M,),
  topics=(XI, FGF, DIG, ADV), doubtful=(CAP, SUP, NDOC),
  notes="Topical L1 only. xi: 纳入年度理论学习计划, 中心组专题学习3次. fangguanfu: 标准地+承诺制, 拿地即开工. digital: 园区通APP 在线办理18项. "
        "advisers: 公职律师3名, 96件. normative-docs doubtful: 公职律师 法律把关 of 招商引资优惠政策文件 (legality check without the word 规范性文件/合法性审核). "
        "Near miss: 综合执法队伍/法制审核 only 力争 in 2023. Doubtful: capacity only 领导干部跟执法, a deputy head following enforcement twice (071-type); supervision only 纪工委 at a 廉政 meeting (044/076-type).")
R(28, 2022, "2023-02-15", "碧州市医疗保障局2022年度法治政府建设情况报告",
  parts=(M, S), headings={M: "一、2022年度推进法治政府建设主要举措和成效", S: "二、存在的不足和原因"},
  topics=(EMER, THREE, FGF, RECON, STUDY), doubtful=(DIG,), outdated=("新冠肺炎",),
  notes="Published 2023-02-15, after the 2022-12-26 rename: 新冠肺炎 outdated. emergency: 依法做好…救治费用保障, 应急绿色通道. "
        "three-systems: all three children + 法制审核11件. fangguanfu: 取消证明9项, 一次都不跑. recon: 复议2件. study: 学习基金监管条例, 讲座. "
        "digital doubtful: only the award 医保信息化建设先进单位. Next-year part absent.")
R(29, 2023, "2024-03-29", "沅滨区人民政府2023年度法治政府建设情况报告",
  parts=(F, M, S, N, O),
  headings={F: "一、党政主要负责人履行推进法治建设第一责任人职责情况", M: "二、2023年推进法治政府建设的主要举措和成效",
            S: "三、存在的不足和原因", N: "四、2024年度推进法治政府建设的主要安排", O: "五、其他需要报告的情况"},
  topics=(XI, STUDY, PARTY, FGF, DIG, NDOC, DEC, CAP, DISP, RECON, SUP, OPEN, PUB), doubtful=(ADV, THREE),
  notes="第一责任人 part placed first (L1), measures second; topics judged on part 二. xi: 常务会议第一议题 学习6次. study: 党校领导干部法治专题培训班2期 "
        "(also 行政执法人员学习新行政复议法). party: 示范创建, 督察13个镇街. fangguanfu: 权责清单调整212项, 法治体检136家, 跨省通办. digital: 一网通办98%. "
        "normative: 审核32件 报备. decisions: 目录8项 + 集体讨论. capacity: 案卷评查420卷, 执法监督员. disputes: 非诉中心 化解2984件. "
        "recon: 复议143件, 出庭率100%. supervision: 人大执法检查 11个问题整改, 检察建议18件. transparency: 主动公开4410条. publicity: 八五中期评估, 宪法宣传周. "
        "Doubtful: legal-advisers only as 普法讲座 speakers (025/087-type); three-systems only 法制审核 of 决策 items (059-type); "
        "重大执法决定法制审核 itself only in the 2024 plan.")
R(30, 2023, None, "关于2023年度法治政府建设工作情况", implicit=(M, F),
  topics=(PARTY, PUB, DISP, STUDY), doubtful=(XI,), outdated=("十九大",),
  notes="Title without unit or 报告; addressee and signature date (2024-01-22): published null. 2023 report citing 十九大 and 十九届历次全会 as the latest congress: outdated. "
        "first-responsible implicit: item 一是 body 乡党委书记认真履行…第一责任人职责. party: 党委会议研究3次, 纳入村级考核. publicity: 法律进村进户18场. "
        "disputes: 调解61件, 接访42人次. study: 乡村干部学法用法考试. xi doubtful: bare clause 深入学习贯彻习近平法治思想 without a vehicle. "
        "Near misses: item 五是 is a plan (执法规范化, 计划聘请法律顾问).")
R(31, 2023, "2024-02-06", "岳川市民政局2023年法治政府建设年度报告",
  parts=(M, S), headings={M: "一、2023年主要工作", S: "二、存在问题"},
  topics=(NDOC, DIG, EMER, THREE, DISP, STUDY), doubtful=(FGF, OPEN),
  notes="Title over two lines (joined); 公开范围 metadata is chrome. normative: 清理46件. digital: 社会救助掌上办 1860件. emergency: 依法启动临时救助应急响应. "
        "three-systems: 处罚决定网站公示 (执法公示 child). disputes: 婚姻家庭辅导调解413对. study: 学习新修订行政复议法, 讲座3次. "
        "Doubtful: fangguanfu only via 审批时限缩短 as an effect of 掌上办; transparency only the annual report (and 清理结果公布 as a step of clearing). "
        "Near misses: 以习近平法治思想为根本遵循 (xi not counted); studying 行政复议法 is not reconsideration-litigation.")
R(32, 2023, "2024-01-26", None,
  parts=(M, S), headings={M: "一、2023年法治税务建设推进情况", S: "二、存在的不足"},
  topics=(THREE, CAP, DIG, DISP, RECON, PUB), doubtful=(FGF,),
  notes="No title line; label 时间：2024-01-26; year from the measures heading. Central-vertical tax office. three-systems: all three + 法制审核6件. "
        "capacity: 内部执法督察2次, 31个问题整改. digital: 电子税务局98.6%, 电子送达. disputes: 争议调解22件, 枫桥式税务所. recon: 复议1件. "
        "publicity: 税法进校园进企业. fangguanfu doubtful: only 便民办税措施, 办税时间压缩35% (service facilitation, not named as 放管服/营商环境). Near miss: 新时代思想主题教育 only (xi-thought not counted).")
R(33, 2024, "2025-03-20", "栗阳市人民政府关于2024年度法治政府建设情况的报告",
  parts=(M, F, S, N),
  headings={M: "一、2024年度法治政府建设工作情况", F: "（一）坚决扛起推进法治建设第一责任人职责",
            S: "二、存在的不足及原因", N: "三、2025年工作安排"},
  topics=(XI, PARTY, STUDY, FGF, DIG, NDOC, DEC, CAP, DISP, RECON, SUP, OPEN, PUB), doubtful=(THREE,),
  notes="Title over two lines (joined); date label 发文日期：2025-03-20; PDF page numbers. F is an L2 inside measures, so its content counts. "
        "xi: 党组会议第一议题 学习7次. party: 常务会4次, 工作要点, 督察 47个问题整改. study: 会前学法12次. fangguanfu: 高效办成一件事21项. "
        "digital: 政务数据共享1.6亿条. normative: 审核37件, 清理142件. decisions: 目录6项, 听证, 专家论证. capacity: 涉企行政检查专项整治 (a check on "
        "enforcement, not a campaign against citizens) + 执法人员专题培训18场. disputes: 信访按期办结99.3%. recon: 复议1986件, 出庭率100%. "
        "supervision: 人大审议意见 23个问题整改. transparency: 主动公开2.7万条. publicity: 谁执法谁普法, 1300余场. "
        "three-systems doubtful: only 扫码入企 (records inspections, not named as any child). "
        "Near misses: emergency only as a law studied (突发事件应对法) and in the 2025 plan; 法律顾问 only in shortcomings/plan.")
R(34, 2024, "2025-01-09", "2024年度龙台县文化广电和旅游局法治政府建设工作报告", implicit=(M,),
  topics=(XI, FGF, DIG, DISP, PUB), doubtful=(CAP,),
  notes="Headings '一 强化理论学习' (numeral + space), all topical: measures implicit. xi: 中心组专题学习2次 + 党校辅导. fangguanfu: 告知承诺41件, 时限压缩. "
        "digital: 互联网+监管 网上巡查. disputes: 调解旅游纠纷86件. publicity: 送法进景区 to tourists. "
        "capacity doubtful: only the 执法技能比武 award.")
R(35, 2024, "2025-01-20", "杉湖街道2024年度法治政府建设工作情况",
  parts=(M, F, N, S),
  headings={M: "一、主要工作举措及成效", F: "一是切实履行第一责任人职责。", N: "二、下一步工作计划", S: "三、存在的困难和问题"},
  topics=(PARTY, XI, STUDY, FGF, THREE, CAP, ADV, DISP, RECON, EMER, PUB), doubtful=(DEC, SUP),
  notes="Title without 报告; parts out of order (plan before problems); F is the inline item title 一是…。 "
        "party: 党工委会议研究4次, 纳入社区考核. xi: 第一议题 专题学习4次. study: 每月集体学法, 11次. fangguanfu: 高效办成一件事 8个. "
        "three-systems: 执法全过程使用执法记录仪 (one child). capacity: 持证率100%, 案卷自查. advisers: 审查合同31份. disputes: 化解428件. "
        "recon: 行政复议答复1件. emergency: 防汛应急预案, 依法处置强降雨. publicity: 八五, 法治文化长廊, 法律明白人. "
        "Doubtful: decisions only 重大事项…党工委会议集体研究决定 (not 重大行政决策, 008/070-type); supervision only 人大代表视察 without 整改. "
        "Near misses: transparency and digital appear only in the next-year part (二、下一步工作计划).")
R(36, 2024, None, None, implicit=(M,),
  topics=(PARTY, STUDY, PUB, DIG, EMER),
  notes="No title, no headings, no date; year from the opening. party: 党组会议审议工作要点, 督查. study: 党组会议专题学习粮食安全保障法2次, 知识测试. "
        "publicity: 该法宣传进粮库进企业进社区9场. digital: 备案全程网上办理. emergency: 应急调运演练, 调运物资. "
        "Near misses: 《粮食安全保障法》解读专栏 is law publicity, not 政策解读 (transparency not counted); 亮剑专项执法行动 is a campaign (capacity not counted); 三项制度/持证率 only 下一步/力争; 以习近平法治思想为指导 is a formula.")
R(37, 2025, "2026-02-27", "江湄省发展和改革委员会2025年法治政府建设年度报告",
  parts=(M, F, S, N),
  headings={M: "一、2025年推进法治政府建设的主要举措和成效", F: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
            S: "三、存在的不足和原因", N: "四、2026年推进法治政府建设的主要安排"},
  topics=(XI, STUDY, PARTY, FGF, DIG, DEC, ADV, NDOC, THREE, EMER, RECON, SUP, OPEN, PUB),
  notes="Provincial department, final year of the 2021—2025 纲要. xi: 中心组专题学习4次. study: 中心组学习信访工作条例/公平竞争审查条例. "
        "party: 党组会议研究3次, 纳入年度考核. fangguanfu: 负面清单, 非禁即入. digital: 在线审批平台数据共享, 全程网办100%. "
        "decisions: 十五五规划纲要 in the 重大行政决策目录 with 公众参与/专家论证/风险评估. advisers: 法律顾问公职律师218件. "
        "normative: 合法性审核12件 (公平竞争审查 alongside). three-systems: 公示 + 法制审核9件 + 全过程记录. emergency: 保供应急预案, 演练2次. "
        "recon: 复议7件, 出庭3件. supervision: 审计 5个问题整改. transparency: 主动公开1362条, 解读. publicity: 八五验收, 宣讲进企业22场. "
        "Near misses: disputes only as 学习《信访工作条例》 (study, not handling); capacity nowhere (节能监察执法力量不足 is a shortcoming).")
R(38, 2025, None, "东篱镇人民政府2025年度法治政府建设情况报告", implicit=(M,),
  topics=(XI, PUB, DISP, STUDY), doubtful=(FGF,),
  notes="Word text, addressee, signature 2026-01-12. Headings 第一、…第五、 all topical. xi + publicity from one sentence: 宣讲小分队 深入12个村和2所中小学宣讲28场 "
        "(宣讲 vehicle, public audience). disputes: 调处化解147件. study: 应知应会法律清单, 集中学法4次, 考试. fangguanfu doubtful: only 履职事项清单 (048/086-type). "
        "Near misses: 司法所 gives legal opinions on contracts (legal-advisers not counted); 百日攻坚 is a campaign.")
R(39, 2025, "2026-03-05", "青堰区人力资源和社会保障局2025年法治政府建设年度报告",
  parts=(M, S, N), headings={M: "一、2025年度法治政府建设主要做法及成效", S: "二、存在的问题和原因", N: "三、2026年工作打算"},
  topics=(FGF, DISP, DIG, PUB), outdated=("新冠肺炎",),
  notes="新冠肺炎 written in a 2025 report: outdated. fangguanfu: 双随机抽查412户. disputes: 调解劳动争议1130件. digital: 掌上办42项, 线上办件9.6万件. "
        "publicity: 谁执法谁普法, 进工地进企业18场. Near misses: 护薪专项行动 is a campaign (capacity not counted); 双随机 is not three-systems and "
        "法制审核/全过程记录 only in the 2026 plan; the 新冠肺炎 sentence is about fee arrears, not an emergency response; 第一议题 study of 二十届三中全会 and "
        "就业 speeches is neither xi-thought nor officials-study; 劳动仲裁 is not 行政复议.")
R(40, 2025, None, "岷安县人民政府关于2025年度法治政府建设情况的报告",
  parts=(M, F, S, N, O),
  headings={M: "一、法治政府建设推进情况", F: "（二）压实第一责任人责任", S: "二、存在的问题",
            N: "三、2026年工作打算", O: "四、其他需要报告的情况"},
  topics=(XI, STUDY, PARTY, FGF, CAP, DEC, NDOC, ADV, THREE, EMER, DISP, RECON, OPEN, PUB), doubtful=(DIG,),
  notes="Title over two lines (joined); PDF copy with page numbers and a break inside (二); no date label. "
        "xi: 常务会议第一议题 学习8次. study: 主要负责人法治专题培训班162人次, 县长述法. party: 常务会3次, 综合考核, 督察. fangguanfu: 一件事24项. "
        "capacity: 案卷评查360卷, 提级监督, 涉企检查整治. decisions: 目录5项 + 合法性审查/集体讨论. normative: 4件报人大常委会备案. "
        "advisers: 列席18次, 法律意见63份. three-systems: 公示1.8万条, 法制审核126件. emergency: 依法应对山洪, 二级响应. disputes: 综治中心 化解2083件. "
        "recon: 复议286件, 出庭率100%. transparency: 主动公开3910条, 解读86篇. publicity: 八五验收, 法律进乡村210场. "
        "digital doubtful: only the 数字政府建设示范单位 award (数字法治政府 otherwise only in the 2026 plan). "
        "Near miss: 主动接受县人大法律监督和县政协民主监督 in the preamble is a formula (supervision not counted).")


def _check():
    here = Path(__file__).parent
    ids = {M, S, F, N, O, XI, PARTY, FGF, NDOC, DEC, ADV, THREE, CAP, EMER, DISP, RECON, SUP, OPEN, DIG, PUB, STUDY}
    seen = set()
    for r in RECORDS:
        f = r["file"]
        assert f not in seen, f
        seen.add(f)
        text = (here / f).read_text(encoding="utf-8")
        flat = text.replace("\n", "")
        assert set(r["parts"]) | set(r["parts_implicit"]) | set(r["topics"]) | set(r["topics_doubtful"]) <= ids, f
        assert not set(r["parts"]) & set(r["parts_implicit"]), (f, "part both headed and implicit")
        if r["title"] is not None:
            assert r["title"] in text or r["title"] in flat, (f, "title", r["title"])
        for part, h in r["part_headings"].items():
            assert any(line.strip().startswith(h) for line in text.splitlines()), (f, "heading", h)
        if r["published"] is not None:
            y, m, d = (int(x) for x in r["published"].split("-"))
            pat = rf"{y}\s*[-/年.]\s*0?{m}\s*[-/月.]\s*0?{d}(?!\d)"
            assert re.search(pat, text), (f, "published", r["published"])
        if r["year"] is not None:
            assert str(r["year"]) in text, (f, "year")
        for t in r["terms_outdated"]:
            assert t in text, (f, "outdated", t)
        assert r["notes"], f
    return len(RECORDS)


if __name__ == "__main__":
    n = _check()
    out = RECORDS.write(Path(__file__).parent)
    print(f"{n} records -> {out}")
