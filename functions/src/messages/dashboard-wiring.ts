import { MessageDashboardService } from './dashboard-service'
import { messageRepository } from './wiring'

export const dashboardService = new MessageDashboardService(messageRepository)
